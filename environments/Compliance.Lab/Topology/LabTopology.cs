namespace Compliance.Lab.Topology;

/// <summary>The lab's topology as <c>environments/lab/topology.yaml</c> describes it.</summary>
public sealed class LabTopology
{
    public List<TopologySegment> Segments { get; init; } = [];

    public List<TopologyHost> Hosts { get; init; } = [];

    public TopologySegment Segment(string name) =>
        Segments.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"segment '{name}' is not in the topology");

    public TopologyHost Host(string name) =>
        Hosts.FirstOrDefault(h => h.Name == name) ?? throw new KeyNotFoundException($"host '{name}' is not in the topology");

    /// <summary>A host's IPv6 addresses, derived from its IPv4 addresses and its segment's <c>cidr6</c> (none for the router or without IPv6).</summary>
    public IReadOnlyList<string> Addresses6(TopologyHost host) =>
        host.Router || host.Segment is null ? [] : [.. host.Addresses.Select(Segment(host.Segment).Address6For).OfType<string>()];

    /// <summary>The router host joining the segments (the firewall).</summary>
    public TopologyHost Router => Hosts.FirstOrDefault(h => h.Router) ?? throw new InvalidOperationException("the topology has no router host");
}
