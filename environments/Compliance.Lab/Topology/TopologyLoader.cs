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
    }

    private static void Require(bool condition, string source, string message)
    {
        if (!condition)
        {
            throw new TopologyException($"{source}: {message}");
        }
    }
}
