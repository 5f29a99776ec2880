using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-01: the room's range does not overlap the office's; every room terminal holds an address in the room range;
/// no office host holds a room address or has the room range on its own link (it must route through the firewall).
/// </summary>
public sealed class SecurityRoomIsItsOwnSegmentApartFromOffice : Check
{
    public override string ControlId => "NET-01";

    public override string Title => "The security room is its own segment with its own range, apart from the office";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var dhcp = context.Inventory.Expected.Get<DhcpExpectation>();
        var room = context.Inventory.Segment(dhcp.RoomSegment);
        var findings = new Findings("host");
        foreach (var other in dhcp.SeparateSegments.Select(context.Inventory.Segment))
        {
            var overlap = Hosts.InCidr(room.Cidr.Split('/')[0], other.Cidr) || Hosts.InCidr(other.Cidr.Split('/')[0], room.Cidr);
            evidence.Record("inventory", $"{room.Name} / {other.Name}", "range overlap", "disjoint", overlap ? "overlapping" : "disjoint", $"{room.Cidr} vs {other.Cidr}");
            if (overlap)
            {
                findings.Violation($"{room.Cidr} overlaps {other.Name} {other.Cidr}");
            }
        }

        var roomAddress = context.Inventory.Terminals.Count > 0 ? context.Inventory.Terminals[0].Ip : room.Cidr.Split('/')[0];
        var offices = dhcp.SeparateSegments.SelectMany(context.Inventory.HostsIn).ToList();
        var probes = context.Inventory.Terminals.Select(t => (Name: t.ManagementNumber, Terminal: (Core.Inventory.Terminal?)t, Office: (Core.Inventory.HostEntry?)null))
            .Concat(offices.Select(o => (Name: o.Name, Terminal: (Core.Inventory.Terminal?)null, Office: (Core.Inventory.HostEntry?)o)));
        await findings.EachAsync(probes, p => p.Name, async p =>
        {
            var host = p.Office ?? Hosts.TerminalHost(context.Inventory, p.Terminal!);
            var isTerminal = p.Terminal is not null;
            var seen = await HostAddressingProbe.ReadAsync(await Hosts.TransportAsync(context, host.Name, cancellationToken).ConfigureAwait(false), roomAddress, cancellationToken).ConfigureAwait(false);
            var addresses = seen.Addresses;
            if (addresses.Count == 0)
            {
                throw new PrerequisiteFailedException($"{host.Name} shows no IPv4 address");
            }

            var inRoom = addresses.Where(a => Hosts.InCidr(a, room.Cidr)).ToList();
            var onLink = seen.Route == RouteKind.OnLink;
            evidence.Record(host.Name, room.Cidr, "own addresses and route to the room", isTerminal ? "an address in the room range" : "no room address, room reached via a router",
                $"addresses {string.Join(' ', addresses)}; route {(onLink ? "on link" : "via router")}", seen.Raw);
            if (isTerminal && inRoom.Count == 0)
            {
                findings.Violation($"terminal {host.Name} has no address in {room.Cidr}");
            }

            if (!isTerminal && (inRoom.Count > 0 || onLink))
            {
                findings.Violation($"office host {host.Name} is inside the room segment ({string.Join(' ', addresses)}{(onLink ? ", room range on its link" : "")})");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"room {room.Cidr} is its own segment: {context.Inventory.Terminals.Count} terminals inside, {offices.Count} office hosts outside");
    }
}
