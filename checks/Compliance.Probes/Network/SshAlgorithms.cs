namespace Compliance.Probes.Network;

/// <summary>An SSH server's key-exchange offer (KEXINIT) as it arrives on the wire.</summary>
public sealed record SshAlgorithms(string Banner, IReadOnlyList<string> Kex, IReadOnlyList<string> HostKeys, IReadOnlyList<string> Ciphers, IReadOnlyList<string> Macs, string Raw);
