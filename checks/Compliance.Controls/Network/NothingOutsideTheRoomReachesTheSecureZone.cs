using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-05: from every vantage outside the security room and the Secure Zone (office, DMZ, internet), no listening port of a
/// Secure Zone host connects, except the flows the inventory allows (the gateway's SSH hop).
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
        await Task.WhenAll(outside.Select(v => AllowedFlowControl.RequireAsync(context, evidence, v.Name, cancellationToken))).ConfigureAwait(false);
        var cells = await Reachability.ProbeAsync(context, evidence, outside, secure, cancellationToken).ConfigureAwait(false);
        Reachability.RequireClassified(cells);
        var unexpected = cells.Where(c => c.Connected && !c.Allowed).ToList();
        return unexpected.Count == 0
            ? Verdict.Pass($"from {string.Join(", ", outside.Select(o => o.Name))} no Secure Zone port connects beyond the allowed flows")
            : Verdict.Fail($"reachable from outside the room: {string.Join("; ", unexpected)}");
    }
}
