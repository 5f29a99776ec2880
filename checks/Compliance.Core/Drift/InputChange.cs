namespace Compliance.Core.Drift;

/// <summary>An input whose SHA-256 differs from the compared run's: <see cref="Before"/> is null for an input that is new, <see cref="After"/> for one no longer read.</summary>
public sealed record InputChange(string Name, string? Before, string? After);
