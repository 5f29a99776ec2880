using System.Globalization;
using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Results;

namespace Compliance.Core.Outcomes;

/// <summary>
/// Turns check results into one <see cref="RequirementResult"/> per selected policy, as of <paramref name="today"/>:
/// the run's UTC date, taken once from the run clock when the run starts.
/// <list type="bullet">
/// <item>Only a Failed check can be waived: an unexpired waiver naming the requirement or the check turns it into
/// Waived. Not verified is never waived, because a waiver accepts a known violation, not an unknown state.</item>
/// <item>An expired waiver leaves the check Failed and says "waiver &lt;ticket&gt; expired on &lt;date&gt;".</item>
/// <item>A manual policy is Attested with an unexpired attestation, otherwise Failed with the reason.</item>
/// <item>A planned policy is Planned; a requirement or check declared not applicable is Not applicable (<see cref="NotApplicableRule"/>).</item>
/// <item>An active automated policy whose checks produced no result is Not verified ("no check ran").</item>
/// </list>
/// Waivers and attestations are valid through their expiry date. The expiry decision travels on the result
/// (<see cref="ResolvedCheck.WaiverExpired"/>, <see cref="RequirementResult.AttestationExpired"/>).
/// </summary>
public sealed class OutcomeResolver(
    IReadOnlyList<Waiver> waivers,
    IReadOnlyList<Attestation> attestations,
    EnvironmentInventory inventory,
    DateOnly today)
{
    /// <summary>The results of <paramref name="selected"/> policies, in the given order.</summary>
    public IReadOnlyList<RequirementResult> Resolve(IEnumerable<Policy> selected, IReadOnlyList<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(results);
        return [.. selected.Select(p => Resolve(p, [.. results.Where(r => r.ControlId == p.Id).Select(ResolveCheck)]))];
    }

    private RequirementResult Resolve(Policy policy, IReadOnlyList<ResolvedCheck> checks)
    {
        if (policy.Status == PolicyStatus.Planned)
        {
            return Requirement(policy, Outcome.Planned, "planned", checks);
        }

        if (NotApplicableRule.ReasonForRequirement(inventory, policy.Id) is { } reason)
        {
            return Requirement(policy, Outcome.NotApplicable, reason, checks);
        }

        if (policy.Kind == PolicyKind.Manual)
        {
            return ResolveManual(policy, checks);
        }

        if (Outcome.Worst(checks.Select(c => c.Outcome)) is not { } outcome)
        {
            return Requirement(policy, Outcome.NotVerified, "no check ran", checks);
        }

        return Requirement(policy, outcome, Summarize(outcome, checks), checks);
    }

    private RequirementResult ResolveManual(Policy policy, IReadOnlyList<ResolvedCheck> checks)
    {
        var attestation = attestations.Where(a => a.ControlId == policy.Id).MaxBy(a => a.Expires);
        if (attestation is null)
        {
            return Requirement(policy, Outcome.Failed, "no attestation on file", checks);
        }

        return IsExpired(attestation.Expires)
            ? new RequirementResult(policy, Outcome.Failed, $"attestation by {attestation.AttestedBy} expired on {Date(attestation.Expires)}", checks, attestation, AttestationExpired: true)
            : new RequirementResult(policy, Outcome.Attested, $"attested by {attestation.AttestedBy} on {Date(attestation.AttestedOn)}, valid until {Date(attestation.Expires)}", checks, attestation, AttestationExpired: false);
    }

    private ResolvedCheck ResolveCheck(CheckResult result)
    {
        if (NotApplicableRule.ReasonFor(inventory, result.CheckId, result.ControlId) is { } reason)
        {
            return new ResolvedCheck(result, Outcome.NotApplicable, reason, null, WaiverExpired: false);
        }

        if (result.Outcome != Outcome.Failed)
        {
            return new ResolvedCheck(result, result.Outcome, result.Message, null, WaiverExpired: false);
        }

        var matching = waivers.Where(w => w.Target == result.ControlId || w.Target == result.CheckId).ToList();
        if (matching.Where(w => !IsExpired(w.Expires)).MaxBy(w => w.Expires) is { } valid)
        {
            return new ResolvedCheck(result, Outcome.Waived, $"waived by {valid.Ticket} (approved by {valid.Approver}, until {Date(valid.Expires)}): {result.Message}", valid, WaiverExpired: false);
        }

        return matching.MaxBy(w => w.Expires) is { } expired
            ? new ResolvedCheck(result, Outcome.Failed, $"waiver {expired.Ticket} expired on {Date(expired.Expires)}: {result.Message}", expired, WaiverExpired: true)
            : new ResolvedCheck(result, Outcome.Failed, result.Message, null, WaiverExpired: false);
    }

    private bool IsExpired(DateOnly expires) => expires < today;

    private static RequirementResult Requirement(Policy policy, Outcome outcome, string message, IReadOnlyList<ResolvedCheck> checks) =>
        new(policy, outcome, message, checks, null, AttestationExpired: false);

    private static string Summarize(Outcome outcome, IReadOnlyList<ResolvedCheck> checks)
    {
        if (checks.Count == 1)
        {
            return checks[0].Message;
        }

        var which = checks.Where(c => c.Outcome == outcome).Select(c => c.Result.CheckId).ToList();
        return $"{which.Count} of {checks.Count} checks {outcome.Label.ToLowerInvariant()}: {string.Join(", ", which)}";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
