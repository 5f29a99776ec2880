using Compliance.Core.Drift;

namespace Compliance.Core.Results;

/// <summary>
/// Everything the report writers render: metadata, one result per requirement of the catalog, what changed since the
/// run it was compared with, and the outcomes of the earlier runs of the same environment and selection.
/// </summary>
public sealed record RunReport(RunMetadata Metadata, IReadOnlyList<RequirementResult> Requirements)
{
    /// <summary>What changed since the compared run; <see cref="RunChanges.NotCompared"/> when no comparison was made.</summary>
    public RunChanges Changes { get; init; } = RunChanges.NotCompared;

    /// <summary>The complete runs of the same environment and selection, oldest first, this one last when it is complete.</summary>
    public RunHistory History { get; init; } = RunHistory.Empty;

    /// <summary>For a run of a proposed change (<see cref="RunKinds.Change"/>): the change, its baseline and its impact; null otherwise.</summary>
    public Changes.ChangeRun? Change { get; init; }
}
