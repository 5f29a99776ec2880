namespace Compliance.Probes.Sshd;

/// <summary>A place connections come from: a name for evidence (a host or terminal and its segment) and its address.</summary>
public sealed record SshdSource(string Name, string Address);
