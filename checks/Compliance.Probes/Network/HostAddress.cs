using System.Net;
using System.Net.Sockets;

namespace Compliance.Probes.Network;

/// <summary>One address a host has on one of its interfaces (global scope), with the interface's prefix length.</summary>
public sealed record HostAddress(string Interface, string Address, int PrefixLength)
{
    /// <summary><c>IPv4</c> or <c>IPv6</c>.</summary>
    public string Family => FamilyOf(Address);

    /// <summary>True when <paramref name="address"/> is in this address's on-link prefix (a peer on the same link).</summary>
    public bool OnLink(string address) =>
        IPAddress.TryParse(address, out var peer) && new IPNetwork(Mask(IPAddress.Parse(Address), PrefixLength), PrefixLength).Contains(peer);

    /// <summary>The canonical text of an address (IPv6 compressed, lower case), or the text itself when it is not one.</summary>
    public static string Normalize(string address) => IPAddress.TryParse(address, out var a) ? a.ToString() : address;

    /// <summary><c>IPv4</c> or <c>IPv6</c>.</summary>
    public static string FamilyOf(string address) =>
        IPAddress.TryParse(address, out var a) && a.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4";

    private static IPAddress Mask(IPAddress address, int length)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(length - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }
}
