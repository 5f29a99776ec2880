namespace Compliance.Core.Drift;

/// <summary>The run a run was compared with: its identity, and whether it was asked for (<c>--compare</c>) or found as the latest of the series.</summary>
public sealed record ComparedRun(
    string RunId,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc,
    bool Complete,
    string Environment,
    string Selection,
    bool Requested);
