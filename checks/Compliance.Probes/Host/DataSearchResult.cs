namespace Compliance.Probes.Host;

/// <summary>What a search for copies found, and the paths it could not read (each with find's reason), where a copy may hide unseen.</summary>
public sealed record DataSearchResult(IReadOnlyList<string> Hits, IReadOnlyList<string> Unreadable);
