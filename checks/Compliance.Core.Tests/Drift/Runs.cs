using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Core.Tests.Drift;

/// <summary>Run records for comparison tests: requirements given as <c>("NET-01", Outcome.Passed)</c>, each with one check named after it.</summary>
internal static class Runs
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 30, 0, TimeSpan.Zero);

    public static RunRecord Run(int night, params (string Id, Outcome Outcome)[] requirements) => new(
        $"202612{night:00}T023000Z-00{night:00}",
        "production",
        "production",
        Start.AddDays(night - 1),
        Start.AddDays(night - 1).AddMinutes(9),
        "all requirements",
        SelectionScope.Everything,
        Complete: true,
        RunKinds.Standard,
        [new InputHash("inventory.yaml", new string('a', 64))],
        [.. requirements.Select(r => new RequirementRecord(r.Id, $"{r.Id} holds", r.Outcome, [new CheckRecord(CheckOf(r.Id), $"{r.Id} check", r.Outcome)]))]);

    public static string CheckOf(string requirementId) => "Check" + requirementId.Replace("-", string.Empty, StringComparison.Ordinal);

    public static RunMetadata Metadata(RunRecord run) =>
        new(run.RunId, run.Environment, run.EnvironmentKind, run.StartedUtc, run.EndedUtc, "0.1.0", "abc", new string('a', 64), run.Selection, run.Complete, run.Inputs)
        {
            RunKind = run.RunKind,
            Scope = run.Scope ?? SelectionScope.Everything,
        };
}
