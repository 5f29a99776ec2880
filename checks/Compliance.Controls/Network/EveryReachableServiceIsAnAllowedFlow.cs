using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-01: the segments are separated exactly as the flows declare. From every vantage, every TCP port every host really
/// listens on (its own socket table) is probed; a connection that no flow allows fails the check, and so does an allowed
/// flow to a listening service that does not connect (what is reachable must equal what is allowed). A vantage that
/// reaches none of its allowed services is Not verified: a broken vantage and a blocked flow look the same from there.
/// </summary>
public sealed class EveryReachableServiceIsAnAllowedFlow : Check
{
    public override string ControlId => "NET-01";

    public override string Title => "Between segments, every reachable service is an allowed flow";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = FlowPolicy.Of(context.Inventory);
        var vantages = policy.Vantages.Select(context.Inventory.Host).ToList();
        var cells = await Reachability.ProbeAsync(context, evidence, vantages, context.Inventory.Hosts, cancellationToken).ConfigureAwait(false);
        Reachability.RequireClassified(cells);
        Reachability.RequirePositiveFlows(cells);
        var unexpected = cells.Where(c => (c.Connected || c.HostAnswered) && !c.Allowed && c.Vantage.Segment != c.Target.Segment).ToList();
        var cutOff = cells.Where(c => c.Allowed && c.Listening && !c.Connected).ToList();
        var problems = new List<string>();
        if (unexpected.Count > 0)
        {
            problems.Add($"reachable without an allowed flow: {string.Join("; ", unexpected)}");
        }

        if (cutOff.Count > 0)
        {
            problems.Add($"allowed and listening but not reachable: {string.Join("; ", cutOff)}");
        }

        return problems.Count == 0
            ? Verdict.Pass($"{cells.Count} vantage/port pairs probed from {vantages.Count} vantages; what connects is exactly the allowed flows to listening services")
            : Verdict.Fail(string.Join(" | ", problems));
    }
}
