using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Endpoint;

/// <summary>END-04: removable storage is blocked on every terminal by an assigned, applied Windows 10 general configuration.</summary>
public sealed class TerminalsHaveRemovableStorageBlocked : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "END-04";

    /// <inheritdoc />
    public override string Title => "Removable storage is blocked on the terminals by device management";

    /// <inheritdoc />
    protected override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken) =>
        TerminalConfigurationReview.EvaluateAsync(run, "removable storage blocked", c => c.StorageBlockRemovableStorage == true, cancellationToken);
}
