namespace Compliance.Lab.Topology;

/// <summary>A segment: a bridge <c>br-NAME</c> in the router's namespace, with the router's address in it.</summary>
public sealed class TopologySegment
{
    public string Name { get; init; } = "";

    public string Cidr { get; init; } = "";

    public string Router { get; init; } = "";

    /// <summary>The segment's IPv6 /64 inside fd5e:1ab0:c0de::/48 (optional).</summary>
    public string? Cidr6 { get; init; }

    /// <summary>The router's IPv6 address in <see cref="Cidr6"/>.</summary>
    public string? Router6 { get; init; }

    public string Description { get; init; } = "";

    public int PrefixLength => int.Parse(Cidr[(Cidr.IndexOf('/', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The host's IPv6 address for one of its IPv4 addresses: the /64's prefix, then the IPv4 address's last octet as
    /// written (198.18.30.11 in fd5e:1ab0:c0de:30::/64 is fd5e:1ab0:c0de:30::11); null when the segment has no IPv6.</summary>
    public string? Address6For(string address4)
    {
        if (Cidr6 is null)
        {
            return null;
        }

        var prefix = System.Net.IPNetwork.Parse(Cidr6).BaseAddress.ToString().TrimEnd(':');
        return System.Net.IPAddress.Parse($"{prefix}::{address4[(address4.LastIndexOf('.') + 1)..]}").ToString();
    }

    public string BridgeName => "br-" + Name;
}
