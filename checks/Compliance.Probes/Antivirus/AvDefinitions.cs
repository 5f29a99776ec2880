namespace Compliance.Probes.Antivirus;

/// <summary>The age of the loaded definitions: when they were built (or, failing that, written), what was seen.</summary>
public sealed record AvDefinitions(DateTimeOffset BuiltUtc, string Observed, string Raw);
