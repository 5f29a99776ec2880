using Compliance.Core.Catalog;
using Compliance.Core.Evidence;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports.Tests.Support;

/// <summary>Builds a <see cref="RunReport"/> requirement by requirement, with realistic defaults.</summary>
internal sealed class RunBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 21, 0, 0, TimeSpan.Zero);

    private readonly List<RequirementResult> _requirements = [];

    public string RunId { get; init; } = "20261201T210000Z-lab";

    public RunBuilder Requirement(string id, string family, Outcome outcome, string message, params ResolvedCheck[] checks) =>
        Add(new RequirementResult(Policy(id, family), outcome, message, checks, null, false));

    public RunBuilder Manual(string id, Outcome outcome, string message, Attestation? attestation, bool expired = false) =>
        Add(new RequirementResult(Policy(id, "Physical") with { Kind = PolicyKind.Manual }, outcome, message, [], attestation, expired));

    public RunBuilder Planned(string id, string family) =>
        Add(new RequirementResult(Policy(id, family) with { Status = PolicyStatus.Planned }, Outcome.Planned, "Planned: no check yet.", [], null, false));

    public RunReport Build() => new(
        new RunMetadata(RunId, "lab", "lab", Start, Start.AddMinutes(4), "0.1.0", "c68488a0b1", new string('a', 64), "all"),
        [.. _requirements]);

    public static ResolvedCheck Check(string checkId, string controlId, Outcome outcome, string message, params EvidenceItem[] evidence) =>
        Resolved(checkId, controlId, outcome, outcome, message, null, false, evidence);

    public static ResolvedCheck Resolved(
        string checkId, string controlId, Outcome checkOutcome, Outcome finalOutcome, string message, Waiver? waiver, bool waiverExpired, params EvidenceItem[] evidence)
    {
        var result = new CheckResult(checkId, controlId, $"{checkId} holds", checkOutcome, message, evidence, Start.AddSeconds(5), Start.AddSeconds(7.25));
        var finalMessage = finalOutcome == checkOutcome ? message : $"{finalOutcome.Label}: {message}";
        return new ResolvedCheck(result, finalOutcome, finalMessage, waiver, waiverExpired);
    }

    public static EvidenceItem Evidence(string vantage, string target, string probe, string expected, string observed, string raw) =>
        new(vantage, target, probe, expected, observed, raw, Start.AddSeconds(5), Start.AddSeconds(6));

    private static Policy Policy(string id, string family) => new(
        id,
        family,
        $"{id} title",
        $"{id} statement: the Secure Zone has no direct outbound path.",
        "セキュアゾーンからインターネットへの直接の通信は禁止する。",
        "Data must not leave the Secure Zone.",
        Severity.High,
        ["A.8.20", "A.8.22"],
        ["SC-7", "SC-7(5)"],
        PolicyKind.Automated,
        PolicyStatus.Active,
        $"policies/{family.ToLowerInvariant()}.yaml");

    private RunBuilder Add(RequirementResult requirement)
    {
        _requirements.Add(requirement);
        return this;
    }
}
