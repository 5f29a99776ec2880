using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-05: from every vantage outside the security room and the Secure Zone (office, DMZ, internet), no TCP or UDP port of
/// any IPv4 or IPv6 address a Secure Zone host has is reached (a service answering, a datagram arriving, or the host's
/// kernel answering for a port nothing serves), except the flows the inventory allows (the gateway's SSH hop).
/// </summary>
public sealed class NothingOutsideTheRoomReachesTheSecureZone : Check
{
    public override string ControlId => "NET-05";

    public override string Title => "Nothing outside the security room reaches the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var secureNames = context.Inventory.Expected.Get<EgressExpectation>().SecureVantages;
        var secure = secureNames.Select(context.Inventory.Host).ToList();
        var room = context.Inventory.Expected.Get<DhcpExpectation>().RoomSegment;
        var outside = FlowPolicy.Of(context.Inventory).Vantages.Select(context.Inventory.Host)
            .Where(h => h.Segment != room && !secure.Any(s => s.Segment == h.Segment)).ToList();
        var findings = new Findings("vantage/target pair");
        await Task.WhenAll(outside.Select(v => findings.ProbeAsync($"positive control of {v.Name}", () => AllowedFlowControl.RequireAsync(context, evidence, v.Name, cancellationToken), cancellationToken))).ConfigureAwait(false);
        var cells = await Reachability.ProbeAsync(context, evidence, findings, outside, secure, cancellationToken).ConfigureAwait(false);
        Reachability.RequireClassified(cells, findings);
        var unexpected = cells.Where(c => (c.Connected || c.HostAnswered) && !c.Allowed).ToList();
        if (unexpected.Count > 0)
        {
            findings.Violation($"reachable from outside the room: {string.Join("; ", unexpected)}");
        }

        return findings.Verdict($"from {string.Join(", ", outside.Select(o => o.Name))} no Secure Zone address (IPv4 or IPv6) is reached over TCP or UDP beyond the allowed flows");
    }
}
