namespace Compliance.Probes.Sshd;

/// <summary>A connection whose effective settings are to be read, and why.</summary>
public sealed record SshdPlannedConnection(SshdConnection Connection, string Reason);
