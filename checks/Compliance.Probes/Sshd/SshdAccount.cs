namespace Compliance.Probes.Sshd;

/// <summary>An account sshd's Match blocks are evaluated for, with its groups (empty when the host does not know the name).</summary>
public sealed record SshdAccount(string Name, IReadOnlyList<string> Groups, bool Known);
