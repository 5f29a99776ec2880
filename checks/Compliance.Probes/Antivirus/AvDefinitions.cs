namespace Compliance.Probes.Antivirus;

/// <summary>
/// The age of the loaded definitions: when they were built (or, failing that, written), what was seen, and for a
/// product with several databases each database on its own (<see cref="BuiltUtc"/> is then the oldest).
/// </summary>
public sealed record AvDefinitions(DateTimeOffset BuiltUtc, string Observed, string Raw, IReadOnlyList<AvDatabase>? Databases = null);
