using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-11: the administration ports of every DMZ server are reached from the infra terminal and from no other vantage
/// (a connection, or a reset from a server's own kernel on a port without a listener, counts as reached), except where a
/// flow of the inventory opens the port as a service (the gateway's SSH for the recorded hop).
/// </summary>
public sealed class OnlyTheInfraTerminalReachesDmzAdministration : Check
{
    public override string ControlId => "NET-11";

    public override string Title => "DMZ servers are administered only from the infra terminal";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var admin = context.Inventory.Expected.Get<DmzAdminExpectation>();
        var dmz = context.Inventory.HostsIn(admin.Segment).ToList();
        var adminPorts = PortRanges.Parse(admin.AdminPorts);
        var admins = admin.Administrators.Select(context.Inventory.Host).ToList();
        var others = admin.Others.Select(context.Inventory.Host).ToList();
        await Task.WhenAll(others.Select(v => AllowedFlowControl.RequireAsync(context, evidence, v.Name, cancellationToken))).ConfigureAwait(false);
        var cells = (await Reachability.ProbeAsync(context, evidence, [.. admins, .. others], dmz, cancellationToken, admin.AdminPorts).ConfigureAwait(false))
            .Where(c => adminPorts.Contains(c.Port)).ToList();
        var findings = new Findings("vantage");
        var intruding = cells.Where(c => others.Contains(c.Vantage) && (c.Connected || c.HostAnswered) && !c.Allowed && c.Vantage.Segment != admin.Segment).ToList();
        if (intruding.Count > 0)
        {
            findings.Violation($"reached by others: {string.Join(", ", intruding)}");
        }

        if (cells.Any(c => admins.Contains(c.Vantage) && c.Connected))
        {
            var missing = cells.Where(c => admins.Contains(c.Vantage) && c.Listening && !c.Connected).ToList();
            if (missing.Count > 0)
            {
                findings.Violation($"not reached by the administrators: {string.Join(", ", missing)}");
            }
        }
        else
        {
            findings.Unverified("Positive control failed: the infra terminal reaches no DMZ administration port: cannot show that only it does");
        }

        var odd = cells.Where(c => !c.Connected && !c.Blocked).ToList();
        if (odd.Count > 0)
        {
            findings.Unverified($"unexpected probe results: {string.Join("; ", odd.Take(10))}");
        }

        foreach (var vantage in cells.Select(c => c.Vantage.Name).Distinct())
        {
            findings.Probed(vantage);
        }

        return findings.Verdict($"DMZ administration ports {admin.AdminPorts} reached from {string.Join(", ", admin.Administrators)} only");
    }
}
