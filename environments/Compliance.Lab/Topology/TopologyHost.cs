namespace Compliance.Lab.Topology;

/// <summary>A lab host: its segment, addresses (first = primary), optional MAC, DHCP, the services it runs and its roles
/// (what the checks use it for; the engine does not build from them).</summary>
public sealed class TopologyHost
{
    public string Name { get; init; } = "";

    public string? Segment { get; init; }

    public List<string> Addresses { get; init; } = [];

    public string? Mac { get; init; }

    public bool Dhcp { get; init; }

    public bool Router { get; init; }

    public List<string> Services { get; init; } = [];

    public List<string> Roles { get; init; } = [];

    /// <summary>Name of the router's veth end for this host (at most 15 characters).</summary>
    public string RouterInterface => "v-" + Name;
}
