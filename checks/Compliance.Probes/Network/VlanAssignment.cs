using System.Globalization;
using System.Text;

namespace Compliance.Probes.Network;

/// <summary>
/// The VLAN an Access-Accept assigns (RFC 3580): a Tunnel-Private-Group-Id counts only with Tunnel-Type = VLAN (13)
/// and Tunnel-Medium-Type = IEEE-802 (6) of the same tag (RFC 2868); Egress-VLANID and Egress-VLAN-Name (RFC 4675)
/// add VLANs to the port. A switch reads a group id as a VLAN number (leading zeros ignored) or as a VLAN name.
/// </summary>
public sealed class VlanAssignment
{
    private const int VlanTunnel = 13;
    private const int Ieee802Medium = 6;
    private readonly IReadOnlyList<RadiusAvp> attributes;

    private VlanAssignment(IReadOnlyList<RadiusAvp> attributes) => this.attributes = attributes;

    /// <summary>The assignment read from the attributes of an Access-Accept.</summary>
    public static VlanAssignment Of(IReadOnlyList<RadiusAvp> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return new VlanAssignment(attributes);
    }

    /// <summary>The Tunnel-Private-Group-Id values as sent (tag removed, other octets than printable ASCII as \xNN).</summary>
    public IReadOnlyList<string> GroupIds => [.. Groups().Select(g => Printable(g.Text))];

    /// <summary>
    /// Where the reply puts the port relative to the room VLAN (its number, and its name when known). Of several
    /// assignments the one closest to the room wins: room, then unclear, then the port's own VLAN, then another VLAN.
    /// </summary>
    public (VlanPlacement Placement, string Why) Relative(string roomNumber, string? roomName)
    {
        ArgumentNullException.ThrowIfNull(roomNumber);
        var room = int.Parse(roomNumber, NumberStyles.None, CultureInfo.InvariantCulture);
        var verdicts = Groups().Select(g => Group(g, room, roomName)).Concat(Egress(room, roomName)).ToList();
        if (verdicts.Count == 0)
        {
            return (VlanPlacement.PortDefault, "no Tunnel-Private-Group-Id: the switch port's own VLAN applies");
        }

        VlanPlacement[] order = [VlanPlacement.Room, VlanPlacement.Unclear, VlanPlacement.PortDefault, VlanPlacement.Other];
        return verdicts.OrderBy(v => Array.IndexOf(order, v.Placement)).First();
    }

    private (VlanPlacement Placement, string Why) Group((int Tag, byte[] Text) group, int room, string? roomName)
    {
        var shown = $"Tunnel-Private-Group-Id '{Printable(group.Text)}'";
        var type = Tagged(RadiusAvp.TunnelType, group.Tag);
        var medium = Tagged(RadiusAvp.TunnelMediumType, group.Tag);
        return type != VlanTunnel ? (VlanPlacement.PortDefault, $"{shown} with Tunnel-Type {Shown(type)}, not VLAN (13): the switch ignores it and the port's own VLAN applies")
            : medium != Ieee802Medium ? (VlanPlacement.PortDefault, $"{shown} with Tunnel-Medium-Type {Shown(medium)}, not IEEE-802 (6): the switch ignores it and the port's own VLAN applies")
            : Value(group.Text, room, roomName, shown);
    }

    /// <summary>The 24-bit value of a tagged integer attribute (tag octet, then three value octets) with that tag; null when absent or malformed.</summary>
    private int? Tagged(int type, int tag) =>
        attributes.Where(a => a.Type == type && a.Value is { Count: 4 } v && v[0] == tag).Select(a => (a.Value![1] << 16) | (a.Value[2] << 8) | a.Value[3]).Cast<int?>().FirstOrDefault();

    private IEnumerable<(int Tag, byte[] Text)> Groups() =>
        attributes.Where(a => a.Type == RadiusAvp.TunnelPrivateGroupId).Select(a => a.Value?.ToArray() ?? [])
            .Select(v => v.Length > 0 && v[0] <= 0x1F ? (Tag: (int)v[0], Text: v[1..]) : (Tag: 0, Text: v));

    private IEnumerable<(VlanPlacement Placement, string Why)> Egress(int room, string? roomName)
    {
        foreach (var a in attributes.Where(a => a.Type is RadiusAvp.EgressVlanId or RadiusAvp.EgressVlanName))
        {
            var v = a.Value?.ToArray();
            if (v is null || v.Length < 2)
            {
                yield return (VlanPlacement.Unclear, $"{a.Name} ({a.Type}) could not be read");
            }
            else if (a.Type == RadiusAvp.EgressVlanId)
            {
                var id = v.Length == 4 ? ((v[2] & 0x0F) << 8) | v[3] : -1;
                yield return id == room ? (VlanPlacement.Room, $"Egress-VLANID adds VLAN {room} to the port") : id < 0 ? (VlanPlacement.Unclear, "Egress-VLANID is malformed") : (VlanPlacement.Other, $"Egress-VLANID adds VLAN {id}");
            }
            else
            {
                yield return Value(v[1..], room, roomName, $"Egress-VLAN-Name '{Printable(v[1..])}'");
            }
        }
    }

    private static (VlanPlacement Placement, string Why) Value(byte[] text, int room, string? roomName, string shown)
    {
        if (text.Length == 0)
        {
            return (VlanPlacement.PortDefault, $"{shown} is empty: the switch port's own VLAN applies");
        }

        if (text.Any(b => b is < 0x21 or > 0x7E))
        {
            return (VlanPlacement.Unclear, $"{shown} holds spaces or octets other than printable ASCII");
        }

        var value = Encoding.ASCII.GetString(text);
        if (value.All(char.IsAsciiDigit))
        {
            var digits = value.TrimStart('0');
            var number = digits.Length is > 0 and <= 4 ? int.Parse(digits, CultureInfo.InvariantCulture) : -1;
            return number is < 1 or > 4094 ? (VlanPlacement.Unclear, $"{shown} is no VLAN number (1-4094)")
                : number == room ? (VlanPlacement.Room, $"{shown} is VLAN {room}{(digits.Length != value.Length ? " written with leading zeros" : "")}")
                : (VlanPlacement.Other, $"{shown} is VLAN {number}");
        }

        return roomName is null ? (VlanPlacement.Unclear, $"{shown} names a VLAN, and the expected state gives no name of the room VLAN to compare")
            : string.Equals(value, roomName, StringComparison.OrdinalIgnoreCase) ? (VlanPlacement.Room, $"{shown} is the room VLAN's name")
            : (VlanPlacement.Other, $"{shown} names another VLAN");
    }

    private static string Shown(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "absent";

    private static string Printable(byte[] text) =>
        string.Concat(text.Select(b => b is >= 0x20 and <= 0x7E ? ((char)b).ToString() : $"\\x{b:x2}"));
}
