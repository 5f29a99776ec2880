using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Antivirus;

/// <summary>AV-02: device management detects the antivirus product on every inventory terminal.</summary>
public sealed class TerminalsRunTheAntivirusProduct : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "AV-02";

    /// <inheritdoc />
    public override string Title => "Every terminal runs the antivirus product, as device management reports";

    /// <inheritdoc />
    protected override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return DetectedAppReview.EvaluateAsync(run, "the antivirus product", run.Expected.AntivirusAppNames, run.Inventory.Terminals, cancellationToken);
    }
}
