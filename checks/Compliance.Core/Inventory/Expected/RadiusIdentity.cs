namespace Compliance.Core.Inventory.Expected;

/// <summary>One 802.1X identity: its eapol_test configuration on the vantage and whether it belongs in the room VLAN.</summary>
public sealed record RadiusIdentity
{
    /// <summary>A label (e.g. <c>alice</c>, <c>expired</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The eapol_test configuration file on the vantage.</summary>
    public required string Config { get; init; }

    /// <summary><c>accept</c> (placed in the room VLAN) or <c>reject</c>.</summary>
    public required string Expect { get; init; }
}
