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
}
