using Compliance.Controls.Framework;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>What a host itself says about its network presence, read once per run: its global addresses (<c>ip -j addr</c>)
/// and its listening sockets (<c>ss</c>).</summary>
internal static class HostFacts
{
    public static Task<IReadOnlyList<HostAddress>> AddressesAsync(CheckContext context, string host, CancellationToken ct) =>
        context.Probes.GetAsync($"ip-addr|{host}", async ct =>
            await HostAddressReader.ReadAsync(await Hosts.TransportAsync(context, host, ct).ConfigureAwait(false), ct).ConfigureAwait(false), ct);

    /// <summary>True when <paramref name="socket"/> serves a peer with addresses <paramref name="peer"/> at <paramref name="address"/> of
    /// a host with addresses <paramref name="own"/>: not loopback-only, bound to that address or a wildcard of its family, and,
    /// when bound to an interface, the peer on that interface's link.</summary>
    public static bool Serves(ListeningSocket socket, string address, IReadOnlyList<HostAddress> own, IReadOnlyList<HostAddress> peer) =>
        !socket.LoopbackOnly && socket.ServesAddress(address) && (socket.Interface is null || OnInterfaceLink(socket.Interface, own, peer));

    /// <summary>True when one of <paramref name="peer"/>'s addresses is on the link of <paramref name="iface"/> of the host.</summary>
    public static bool OnInterfaceLink(string iface, IReadOnlyList<HostAddress> own, IReadOnlyList<HostAddress> peer) =>
        own.Any(a => a.Interface == iface && peer.Any(p => a.OnLink(p.Address)));
}
