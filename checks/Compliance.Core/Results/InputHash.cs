namespace Compliance.Core.Results;

/// <summary>The SHA-256 of one input of a run (a file, or a set of files named by <see cref="Name"/>), so that two runs show whether their inputs differed.</summary>
/// <param name="Name">The input, e.g. <c>inventory.yaml</c>, <c>expected/flows.yaml</c>, <c>catalog (policies/)</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 (for a set: over each file's relative name and content, in name order).</param>
public sealed record InputHash(string Name, string Sha256);
