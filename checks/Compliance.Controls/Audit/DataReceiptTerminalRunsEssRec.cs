using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Audit;

/// <summary>AUD-03: device management detects ESS REC on the data-receipt terminal, so its downloads leave a trail.</summary>
public sealed class DataReceiptTerminalRunsEssRec : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "AUD-03";

    /// <inheritdoc />
    public override string Title => "ESS REC is installed on the data-receipt terminal";

    /// <inheritdoc />
    protected override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var number = run.Expected.DataReceiptTerminal;
        var terminal = run.Inventory.Terminals.FirstOrDefault(t => t.ManagementNumber == number)
            ?? throw new KeyNotFoundException($"data-receipt terminal '{number}' is not among the inventory's terminals");
        return DetectedAppReview.EvaluateAsync(run, "ESS REC", run.Expected.EssRecAppNames, [terminal], cancellationToken);
    }
}
