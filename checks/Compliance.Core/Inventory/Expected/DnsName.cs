namespace Compliance.Core.Inventory.Expected;

/// <summary>An internal DNS name and the address it must resolve to.</summary>
public sealed record DnsName
{
    /// <summary>The fully qualified name.</summary>
    public required string Name { get; init; }

    /// <summary>The IPv4 address it must resolve to.</summary>
    public required string Address { get; init; }
}
