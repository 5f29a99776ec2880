using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Core.Drift;

/// <summary>
/// A run as comparisons see it: what identifies it, what it read and the outcome of each requirement and check.
/// Read back from an earlier run's <c>results.json</c>, or taken from the run being reported (<see cref="Of"/>).
/// </summary>
/// <param name="Scope">The canonical selection; null for a run written before it was recorded (then <see cref="Selection"/> decides).</param>
public sealed record RunRecord(
    string RunId,
    string Environment,
    string EnvironmentKind,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc,
    string Selection,
    SelectionScope? Scope,
    bool Complete,
    string RunKind,
    IReadOnlyList<InputHash> Inputs,
    IReadOnlyList<RequirementRecord> Requirements)
{
    /// <summary>The commit the run was made from (<c>-dirty</c> with uncommitted changes); null when not recorded.</summary>
    public string? GitCommit { get; init; }

    /// <summary>The record of a run being reported.</summary>
    public static RunRecord Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metadata;
        return new RunRecord(
            m.RunId, m.Environment, m.EnvironmentKind, m.StartedUtc, m.EndedUtc, m.Selection, m.Scope, m.Complete, m.RunKind, m.InputHashes,
            [.. report.Requirements.Select(r => new RequirementRecord(
                r.Policy.Id, r.Policy.Title, r.Outcome, [.. r.Checks.Select(c => new CheckRecord(c.Result.CheckId, c.Result.Title, c.Outcome))]))])
        {
            GitCommit = m.GitCommit,
        };
    }

    /// <summary>The outcome of a requirement in this run, or null when the run did not cover it.</summary>
    public Outcome? OutcomeOf(string requirementId) =>
        Requirements.FirstOrDefault(r => r.Id == requirementId)?.Outcome;
}
