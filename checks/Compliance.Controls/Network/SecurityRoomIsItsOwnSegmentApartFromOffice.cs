using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;

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
        var problems = new List<string>();
        foreach (var other in dhcp.SeparateSegments.Select(context.Inventory.Segment))
        {
            var overlap = Hosts.InCidr(room.Cidr.Split('/')[0], other.Cidr) || Hosts.InCidr(other.Cidr.Split('/')[0], room.Cidr);
            evidence.Record("inventory", $"{room.Name} / {other.Name}", "range overlap", "disjoint", overlap ? "overlapping" : "disjoint", $"{room.Cidr} vs {other.Cidr}");
            if (overlap)
            {
                problems.Add($"{room.Cidr} overlaps {other.Name} {other.Cidr}");
            }
        }

        var terminals = Hosts.TerminalHosts(context.Inventory);
        var offices = dhcp.SeparateSegments.SelectMany(context.Inventory.HostsIn).ToList();
        var reads = await Task.WhenAll(terminals.Concat(offices).Select(async h =>
        {
            var t = await Hosts.TransportAsync(context, h.Name, cancellationToken).ConfigureAwait(false);
            var r = await t.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(15), "bash", "-c", "ip -4 -o addr show scope global | awk '{print \"addr\", $4}'; ip -4 route get \"$1\" | head -1", "seg", context.Inventory.Terminals[0].Ip), cancellationToken).ConfigureAwait(false);
            return (Host: h, Output: r.StandardOutput);
        })).ConfigureAwait(false);
        foreach (var (host, output) in reads)
        {
            var addresses = output.Split('\n').Where(l => l.StartsWith("addr ", StringComparison.Ordinal)).Select(l => l[5..].Split('/')[0].Trim()).ToList();
            if (addresses.Count == 0)
            {
                throw new PrerequisiteFailedException($"{host.Name} shows no IPv4 address");
            }

            var inRoom = addresses.Where(a => Hosts.InCidr(a, room.Cidr)).ToList();
            var isTerminal = terminals.Contains(host);
            var onLink = !output.Contains(" via ", StringComparison.Ordinal);
            evidence.Record(host.Name, room.Cidr, "own addresses and route to the room", isTerminal ? "an address in the room range" : "no room address, room reached via a router",
                $"addresses {string.Join(' ', addresses)}; route {(onLink ? "on link" : "via router")}", output);
            if (isTerminal && inRoom.Count == 0)
            {
                problems.Add($"terminal {host.Name} has no address in {room.Cidr}");
            }

            if (!isTerminal && (inRoom.Count > 0 || onLink))
            {
                problems.Add($"office host {host.Name} is inside the room segment ({string.Join(' ', addresses)}{(onLink ? ", room range on its link" : "")})");
            }
        }

        return problems.Count == 0
            ? Verdict.Pass($"room {room.Cidr} is its own segment: {terminals.Count} terminals inside, {offices.Count} office hosts outside")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
