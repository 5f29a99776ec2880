using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-01: the segments are separated exactly as the flows declare. From every vantage, every TCP port every host really
/// listens on (its own socket table) is probed; a connection that no flow allows fails the check.
/// </summary>
public sealed class EveryReachableServiceIsAnAllowedFlow : Check
{
    public override string ControlId => "NET-01";

    public override string Title => "Between segments, every reachable service is an allowed flow";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = FlowPolicy.Of(context.Inventory);
        var vantages = policy.Vantages.Select(context.Inventory.Host).ToList();
        var cells = await Reachability.ProbeAsync(context, evidence, vantages, context.Inventory.Hosts, cancellationToken).ConfigureAwait(false);
        Reachability.RequireClassified(cells);
        Reachability.RequirePositiveFlows(cells);
        var unexpected = cells.Where(c => (c.Connected || c.HostAnswered) && !c.Allowed && c.Vantage.Segment != c.Target.Segment).ToList();
        return unexpected.Count == 0
            ? Verdict.Pass($"{cells.Count} vantage/port pairs probed from {vantages.Count} vantages; every connection is an allowed flow")
            : Verdict.Fail($"reachable without an allowed flow: {string.Join("; ", unexpected)}");
    }
}
