using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-01: the segments are separated exactly as the flows declare. From every vantage, every TCP and UDP port every host
/// really listens on (its own socket table), on every IPv4 and IPv6 address it really has, is probed, with the ports the
/// flows allow and the canary port; a service reached (or a host answering) that no flow allows fails the check, and so does
/// an allowed flow to a listening service that is not reached (what is reachable must equal what is allowed). A vantage
/// that reaches none of its allowed services is Not verified: a broken vantage and a blocked flow look the same from there.
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
        var findings = new Findings("vantage/target pair");
        var cells = await Reachability.ProbeAsync(context, evidence, findings, vantages, context.Inventory.Hosts, cancellationToken).ConfigureAwait(false);
        Reachability.RequireClassified(cells, findings);
        Reachability.RequirePositiveFlows(cells, findings);
        var unexpected = cells.Where(c => (c.Connected || c.HostAnswered) && !c.Allowed && c.Vantage.Segment != c.Target.Segment).ToList();
        var cutOff = cells.Where(c => c.Allowed && c.Listening && !c.Connected).ToList();
        if (unexpected.Count > 0)
        {
            findings.Violation($"reachable without an allowed flow: {string.Join("; ", unexpected)}");
        }

        if (cutOff.Count > 0)
        {
            findings.Violation($"allowed and listening but not reachable: {string.Join("; ", cutOff)}");
        }

        return findings.Verdict($"{cells.Count} vantage/address/port probes (TCP and UDP, {Families(cells)}) from {vantages.Count} vantages; what is reached is exactly the allowed flows to listening services");
    }

    private static string Families(IReadOnlyList<MatrixCell> cells) => string.Join(" and ", cells.Select(c => c.Family).Distinct().Order(StringComparer.Ordinal));
}
