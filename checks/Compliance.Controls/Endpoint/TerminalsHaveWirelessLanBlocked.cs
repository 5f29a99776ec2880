using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Endpoint;

/// <summary>END-03: Wi-Fi is blocked on every terminal by an assigned, applied Windows 10 general configuration.</summary>
public sealed class TerminalsHaveWirelessLanBlocked : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "END-03";

    /// <inheritdoc />
    public override string Title => "Wireless LAN is blocked on the terminals by device management";

    /// <inheritdoc />
    protected override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken) =>
        TerminalConfigurationReview.EvaluateAsync(run, "Wi-Fi blocked", c => c.WiFiBlocked == true, cancellationToken);
}
