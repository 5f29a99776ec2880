using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-02: a random, unregistered MAC (a throwaway interface on the room link) gets no room address; the same vantage's
/// registered MAC gets its lease in the same run (positive control: the DHCP service answers on that link).
/// </summary>
public sealed class DhcpGivesUnregisteredMacNoRoomAddress : Check
{
    public override string ControlId => "NET-02";

    public override string Title => "An unregistered MAC gets no security-room address";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var dhcp = context.Inventory.Expected.Get<DhcpExpectation>();
        var room = context.Inventory.Segment(dhcp.RoomSegment);
        var registered = context.Inventory.Terminals.Select(t => t.Mac.ToUpperInvariant()).ToHashSet();
        var findings = new Findings("vantage");
        await findings.EachAsync(dhcp.ProbeVantages, v => v, async v =>
        {
            var own = await Leases.OwnAsync(context, evidence, v, cancellationToken).ConfigureAwait(false);
            if (!own.Leased)
            {
                throw new PrerequisiteFailedException($"the DHCP service does not answer the registered MAC of {v}: an unanswered random MAC would prove nothing");
            }

            string mac;
            do
            {
                mac = DhcpProbe.RandomMac();
            }
            while (registered.Contains(mac.ToUpperInvariant()));

            var terminal = context.Inventory.Terminals.FirstOrDefault(t => t.Host == v);
            var lease = await DhcpProbe.RequestAsync(await Hosts.TransportAsync(context, v, cancellationToken).ConfigureAwait(false), terminal?.Ip ?? context.Inventory.Host(v).Address, mac, dhcp.TimeoutSeconds, cancellationToken).ConfigureAwait(false);
            evidence.Record(v, $"DHCP on {room.Name}", $"dhclient with unregistered MAC {mac}", $"no address in {room.Cidr}", lease.Address is null ? "no lease" : $"lease {lease.Address}", lease.Raw);
            if (lease.Address is { } a && Hosts.InCidr(a, room.Cidr))
            {
                findings.Violation($"unregistered MAC {mac} got {a} from {v}'s link");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"unregistered MACs got no address in {room.Cidr}");
    }
}
