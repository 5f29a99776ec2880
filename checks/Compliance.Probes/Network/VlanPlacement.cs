namespace Compliance.Probes.Network;

/// <summary>Where an Access-Accept puts the port, relative to one VLAN (the security room's).</summary>
public enum VlanPlacement
{
    /// <summary>The reply assigns that VLAN (by number, padded or not, or by name).</summary>
    Room,

    /// <summary>The reply assigns another VLAN, given as a plain number or a name that is not the room's.</summary>
    Other,

    /// <summary>No usable VLAN assignment (no Tunnel-Private-Group-Id, or Tunnel-Type/Tunnel-Medium-Type not VLAN/IEEE-802): the switch port's own VLAN applies, which may be the room's.</summary>
    PortDefault,

    /// <summary>A value a switch may read either way (not printable, out of range, a name when the room's name is unknown).</summary>
    Unclear,
}
