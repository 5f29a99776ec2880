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

    /// <summary>The router host joining the segments (the firewall).</summary>
    public TopologyHost Router => Hosts.FirstOrDefault(h => h.Router) ?? throw new InvalidOperationException("the topology has no router host");
}
