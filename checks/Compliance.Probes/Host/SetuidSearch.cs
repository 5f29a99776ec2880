namespace Compliance.Probes.Host;

/// <summary>The setuid and setgid files a search found, and what went wrong with it (empty when find succeeded).</summary>
public sealed record SetuidSearch(IReadOnlyList<SetuidProgram> Programs, string Problem);
