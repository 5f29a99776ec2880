namespace Compliance.Core.Results;

/// <summary>What identifies a run in every report; <see cref="Complete"/> is false when the run was cancelled before every check finished.</summary>
public sealed record RunMetadata(
    string RunId,
    string Environment,
    string EnvironmentKind,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc,
    string ToolVersion,
    string GitCommit,
    string InventorySha256,
    string Selection,
    bool Complete = true)
{
    /// <summary>Why an incomplete run stopped early.</summary>
    public const string IncompleteReason = "The run was cancelled before every check finished: unfinished checks are Not verified (cancelled).";
}
