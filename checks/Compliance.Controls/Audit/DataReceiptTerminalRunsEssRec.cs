using Compliance.Controls.Graph;
using Compliance.Core.Inventory;

namespace Compliance.Controls.Audit;

/// <summary>AUD-03: device management detects ESS REC on the data-receipt terminal, so its downloads leave a trail.</summary>
public sealed class DataReceiptTerminalRunsEssRec() : DetectedAppCheck(
    "AUD-03", "ESS REC is installed on the data-receipt terminal", "ESS REC", graph => graph.EssRecAppNames)
{
    /// <inheritdoc />
    protected override IReadOnlyList<Terminal> Terminals(GraphRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var number = run.Expected.DataReceiptTerminal;
        var terminal = run.Inventory.Terminals.FirstOrDefault(t => t.ManagementNumber == number)
            ?? throw new KeyNotFoundException($"data-receipt terminal '{number}' is not among the inventory's terminals");
        return [terminal];
    }
}
