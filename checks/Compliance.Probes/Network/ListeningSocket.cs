namespace Compliance.Probes.Network;

/// <summary>
/// One listening socket as the host's own socket table shows it (owner uid; ss prints none for root). <see cref="Interface"/>
/// is the interface a socket is bound to (<c>0.0.0.0%br-room</c>): it serves only datagrams and connections arriving there.
/// </summary>
public sealed record ListeningSocket(string Protocol, string Address, int Port, string Process, int Uid = -1, string? Interface = null)
{
    /// <summary>True when only the host itself can reach the socket (loopback address).</summary>
    public bool LoopbackOnly => Address.StartsWith("127.", StringComparison.Ordinal) || Address == "::1";

    /// <summary>True when the socket listens on every address of at least one family (<c>*</c> is ss's dual-stack wildcard,
    /// <c>[::]</c> an IPv6-only one).</summary>
    public bool Wildcard => Address is "0.0.0.0" or "*" or "::";

    /// <summary>True when a peer can reach the socket at <paramref name="address"/> of this host (the interface binding aside):
    /// <c>*</c> serves both families, <c>0.0.0.0</c> IPv4 only, <c>[::]</c> IPv6 only, anything else its own address.</summary>
    public bool ServesAddress(string address) => Address switch
    {
        "*" => true,
        "0.0.0.0" => HostAddress.FamilyOf(address) == "IPv4",
        "::" => HostAddress.FamilyOf(address) == "IPv6",
        _ => HostAddress.Normalize(Address) == HostAddress.Normalize(address),
    };
}
