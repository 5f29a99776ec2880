namespace Compliance.Core.Inventory;

/// <summary>A host of the environment: logical name, primary segment, addresses (first one in the primary segment), roles, transport.</summary>
public sealed record HostEntry(
    string Name,
    string Segment,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Roles,
    TransportSettings Transport)
{
    /// <summary>The host's address in its primary segment.</summary>
    public string Address => Addresses[0];

    /// <summary>IPv6 addresses a lab topology derives for the host from its segment's <c>cidr6</c> (see the lab's topology.yaml);
    /// an inventory of hosts lists any IPv6 address in <see cref="Addresses"/> instead.</summary>
    public IReadOnlyList<string> Addresses6 { get; init; } = [];

    /// <summary>Every address the inventory gives the host, IPv4 and IPv6.</summary>
    public IReadOnlyList<string> AllAddresses => [.. Addresses.Concat(Addresses6).Distinct()];
}
