using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Audit;

/// <summary>AUD-02: device management detects ESS REC (which records HTTPS operations) on every inventory terminal.</summary>
public sealed class TerminalsRunEssRec : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "AUD-02";

    /// <inheritdoc />
    public override string Title => "ESS REC is installed on every terminal to record HTTPS operations";

    /// <inheritdoc />
    protected override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return DetectedAppReview.EvaluateAsync(run, "ESS REC", run.Expected.EssRecAppNames, run.Inventory.Terminals, cancellationToken);
    }
}
