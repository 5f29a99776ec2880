using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-02: a real DHCP exchange from each registered terminal's own interface (its MAC) yields exactly its inventory address.</summary>
public sealed class DhcpGivesEachRegisteredTerminalExactlyItsAddress : Check
{
    public override string ControlId => "NET-02";

    public override string Title => "DHCP hands each registered terminal MAC exactly its inventory address";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var dhcp = context.Inventory.Expected.Get<DhcpExpectation>();
        var terminals = context.Inventory.Terminals;
        var findings = new Findings("terminal");
        await findings.EachAsync(terminals, t => t.ManagementNumber, async t =>
        {
            var lease = await Leases.OwnAsync(context, evidence, Hosts.TerminalHost(context.Inventory, t).Name, cancellationToken).ConfigureAwait(false);
            var macOk = string.Equals(lease.Mac, t.Mac, StringComparison.OrdinalIgnoreCase);
            if (!macOk)
            {
                findings.Violation($"{t.ManagementNumber}: interface MAC {lease.Mac} is not the registered {t.Mac}");
            }
            else if (lease.Address != t.Ip)
            {
                findings.Violation($"{t.ManagementNumber} ({t.Mac}) got {lease.Address ?? "no lease"} instead of {t.Ip}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{terminals.Count} registered MACs each got exactly their address");
    }
}
