using System.Net;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Lab.Topology;

/// <summary>Reads and validates <c>topology.yaml</c>; unknown fields and inconsistent hosts are errors.</summary>
public static class TopologyLoader
{
    public static LabTopology Load(string path) => Parse(File.ReadAllText(path), path);

    public static LabTopology Parse(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        LabTopology topology;
        try
        {
            topology = deserializer.Deserialize<LabTopology>(yaml) ?? new LabTopology();
        }
        catch (YamlException e)
        {
            throw new TopologyException($"{source}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }

        Validate(topology, source);
        return topology;
    }

    private static readonly IPNetwork LabRange6 = IPNetwork.Parse("fd5e:1ab0:c0de::/48");

    private static void Validate(LabTopology topology, string source)
    {
        Require(topology.Segments.Count > 0, source, "no segments");
        Require(topology.Hosts.Count(h => h.Router) == 1, source, "exactly one host must be the router");
        foreach (var duplicate in topology.Hosts.GroupBy(h => h.Name).Where(g => g.Count() > 1))
        {
            throw new TopologyException($"{source}: duplicate host '{duplicate.Key}'");
        }

        foreach (var host in topology.Hosts)
        {
            Require(host.RouterInterface.Length <= 15, source, $"host name '{host.Name}' is too long for an interface name");
            if (host.Router)
            {
                continue;
            }

            Require(host.Segment is not null, source, $"host '{host.Name}' has no segment");
            var segment = topology.Segments.FirstOrDefault(s => s.Name == host.Segment)
                ?? throw new TopologyException($"{source}: host '{host.Name}' is in unknown segment '{host.Segment}'");
            Require(host.Addresses.Count > 0, source, $"host '{host.Name}' has no address");
            foreach (var address in host.Addresses)
            {
                Require(IPNetwork.Parse(segment.Cidr).Contains(IPAddress.Parse(address)), source,
                    $"address {address} of host '{host.Name}' is outside segment {segment.Name} ({segment.Cidr})");
            }
        }

        ValidateIpv6(topology, source);
    }

    /// <summary>IPv6 only from fd5e:1ab0:c0de::/48, one /64 per segment, each used once, the router's address in it;
    /// the hosts' derived addresses unique.</summary>
    private static void ValidateIpv6(LabTopology topology, string source)
    {
        foreach (var segment in topology.Segments)
        {
            Require((segment.Cidr6 is null) == (segment.Router6 is null), source, $"segment {segment.Name}: cidr6 and router6 go together");
            if (segment.Cidr6 is null)
            {
                continue;
            }

            Require(IPNetwork.TryParse(segment.Cidr6, out var network) && network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6,
                source, $"segment {segment.Name}: cidr6 '{segment.Cidr6}' is not an IPv6 network");
            Require(network.PrefixLength == 64, source, $"segment {segment.Name}: cidr6 {segment.Cidr6} is not a /64");
            Require(LabRange6.Contains(network.BaseAddress), source, $"segment {segment.Name}: cidr6 {segment.Cidr6} is outside fd5e:1ab0:c0de::/48");
            Require(IPAddress.TryParse(segment.Router6, out var router) && network.Contains(router), source,
                $"segment {segment.Name}: router6 {segment.Router6} is not in {segment.Cidr6}");
        }

        foreach (var duplicate in topology.Segments.Where(s => s.Cidr6 is not null).GroupBy(s => IPNetwork.Parse(s.Cidr6!).BaseAddress).Where(g => g.Count() > 1))
        {
            throw new TopologyException($"{source}: segments {string.Join(", ", duplicate.Select(s => s.Name))} share cidr6 {duplicate.Key}/64");
        }

        var all = topology.Hosts.Where(h => !h.Router && topology.Segments.Any(s => s.Name == h.Segment)).SelectMany(topology.Addresses6)
            .Concat(topology.Segments.Select(s => s.Router6).OfType<string>().Select(a => IPAddress.Parse(a).ToString()));
        foreach (var duplicate in all.GroupBy(a => a).Where(g => g.Count() > 1))
        {
            throw new TopologyException($"{source}: IPv6 address {duplicate.Key} is used twice (derived from the IPv4 addresses' last octets)");
        }
    }

    private static void Require(bool condition, string source, string message)
    {
        if (!condition)
        {
            throw new TopologyException($"{source}: {message}");
        }
    }
}
