namespace Compliance.Probes.Network;

/// <summary>One listening socket as the host's own socket table shows it (owner uid; ss prints none for root).</summary>
public sealed record ListeningSocket(string Protocol, string Address, int Port, string Process, int Uid = -1)
{
    /// <summary>True when only the host itself can reach the socket (loopback address).</summary>
    public bool LoopbackOnly => Address.StartsWith("127.", StringComparison.Ordinal) || Address == "::1";

    /// <summary>True when the socket listens on every address.</summary>
    public bool Wildcard => Address is "0.0.0.0" or "*" or "::";

    /// <summary>True when a peer at <paramref name="address"/> of this host can reach the socket.</summary>
    public bool ServesAddress(string address) => Wildcard || Address == address;
}
