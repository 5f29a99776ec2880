namespace Compliance.Core.Inventory;

/// <summary>A network segment (a VLAN in production, its own bridge in the lab).</summary>
public sealed record Segment(string Name, string Cidr, string Description);
