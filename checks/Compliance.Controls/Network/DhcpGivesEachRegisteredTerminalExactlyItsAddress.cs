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
        var terminals = context.Inventory.Terminals.Where(t => t.Host is not null).ToList();
        if (terminals.Count == 0)
        {
            throw new PrerequisiteFailedException("no terminal of the inventory has a host to run DHCP from");
        }

        var problems = await Task.WhenAll(terminals.Select(async t =>
        {
            var lease = await Leases.OwnAsync(context, evidence, t.Host!, cancellationToken).ConfigureAwait(false);
            var macOk = string.Equals(lease.Mac, t.Mac, StringComparison.OrdinalIgnoreCase);
            return !macOk ? $"{t.ManagementNumber}: interface MAC {lease.Mac} is not the registered {t.Mac}"
                : lease.Address != t.Ip ? $"{t.ManagementNumber} ({t.Mac}) got {lease.Address ?? "no lease"} instead of {t.Ip}"
                : null;
        })).ConfigureAwait(false);
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0
            ? Verdict.Pass($"{terminals.Count} registered MACs each got exactly their address")
            : Verdict.Fail(string.Join("; ", failures));
    }
}
