namespace Compliance.Core.Results;

/// <summary>
/// What identifies a run in every report; <see cref="Complete"/> is false when the run was cancelled before every check
/// finished; <see cref="Inputs"/> are the hashes of what the run read, so a run whose inputs changed since another says so.
/// </summary>
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
    bool Complete = true,
    IReadOnlyList<InputHash>? Inputs = null)
{
    /// <summary>The hash of every input the run read (catalog, inventory, expected state, waivers, attestations, the lab's files), in a stable order.</summary>
    public IReadOnlyList<InputHash> InputHashes => Inputs ?? [];

    /// <summary>What the run was made for (<see cref="RunKinds"/>); only standard runs are compared with.</summary>
    public string RunKind { get; init; } = RunKinds.Standard;

    /// <summary>The selection in canonical form, so runs of the same selection find each other.</summary>
    public SelectionScope Scope { get; init; } = SelectionScope.Everything;

    /// <summary>Why an incomplete run stopped early.</summary>
    public const string IncompleteReason = "The run was cancelled before every check finished: unfinished checks are Not verified (cancelled).";
}
