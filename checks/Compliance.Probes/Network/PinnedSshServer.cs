namespace Compliance.Probes.Network;

/// <summary>An SSH server as a probe's client reaches it: <see cref="User"/> at <see cref="Address"/>:<see cref="Port"/>,
/// accepted only with one of its <see cref="HostKeyPins"/> (<c>SHA256:...</c> fingerprints).</summary>
public sealed record PinnedSshServer(string User, string Address, int Port, IReadOnlyList<string> HostKeyPins)
{
    /// <summary><c>user@address</c>, IPv6 addresses as OpenSSH takes them.</summary>
    public string Login => $"{User}@{Address}";
}
