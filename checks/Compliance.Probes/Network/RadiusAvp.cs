namespace Compliance.Probes.Network;

/// <summary>One attribute-value pair of a RADIUS message as eapol_test printed it: type, name and value octets (null when not printed).</summary>
public sealed record RadiusAvp(int Type, string Name, IReadOnlyList<byte>? Value)
{
    /// <summary>Tunnel-Type (RFC 2868).</summary>
    public const int TunnelType = 64;

    /// <summary>Tunnel-Medium-Type (RFC 2868).</summary>
    public const int TunnelMediumType = 65;

    /// <summary>Tunnel-Private-Group-Id (RFC 2868): the VLAN for 802.1X (RFC 3580).</summary>
    public const int TunnelPrivateGroupId = 81;

    /// <summary>Egress-VLANID (RFC 4675).</summary>
    public const int EgressVlanId = 56;

    /// <summary>Egress-VLAN-Name (RFC 4675).</summary>
    public const int EgressVlanName = 58;
}
