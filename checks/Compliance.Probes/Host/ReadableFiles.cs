namespace Compliance.Probes.Host;

/// <summary>The regular files under a path that an account can open for reading, and what find reported on the way.</summary>
public sealed record ReadableFiles(string User, string Path, IReadOnlyList<string> Files, string Errors);
