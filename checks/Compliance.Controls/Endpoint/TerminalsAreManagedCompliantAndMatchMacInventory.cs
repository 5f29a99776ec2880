using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// END-06: every device of the terminal group is Intune-managed and compliant, and the Ethernet MACs device management
/// reports match the inventory's terminals (the DHCP reservations of NET-02) both ways.
/// </summary>
public sealed class TerminalsAreManagedCompliantAndMatchMacInventory : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "END-06";

    /// <inheritdoc />
    public override string Title => "Every terminal is managed and compliant, and its MAC matches the DHCP reservation inventory";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Inventory.Terminals.Count == 0)
        {
            return Verdict.NotVerified("no terminal was probed: the inventory lists no terminal to compare with device management");
        }

        var devices = await run.TerminalDevicesAsync(cancellationToken).ConfigureAwait(false);
        var (problems, macs) = await ManagedDeviceReview.ReviewAsync(run, devices, cancellationToken).ConfigureAwait(false);
        problems.AddRange(MacInventoryReview.Compare(run.Inventory.Terminals, macs));
        run.Record("cross-check with inventory terminals", "the same device names and Ethernet MACs both ways",
            string.Join(", ", macs.Select(m => $"{m.Key}={m.Value}")),
            string.Join("\n", run.Inventory.Terminals.Select(t => $"{t.ManagementNumber} {t.DeviceName()} {t.Mac}")));
        return problems.Count == 0
            ? Verdict.Pass($"{devices.Count} terminal(s) are Intune-managed and compliant, and their Ethernet MACs match the inventory both ways")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
