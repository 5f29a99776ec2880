namespace Compliance.Core.Results;

/// <summary>What identifies a run in every report.</summary>
public sealed record RunMetadata(
    string RunId,
    string Environment,
    string EnvironmentKind,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc,
    string ToolVersion,
    string GitCommit,
    string InventorySha256,
    string Selection);
