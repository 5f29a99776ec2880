using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-02: every terminal the expected flows allow HTTPS into the Secure Zone is registered as Windows and, per device
/// management, is a Windows device with ESS REC detected and not reported non-compliant; the flows open HTTPS into the
/// Secure Zone to nothing else. A terminal device management does not know is Not verified.
/// </summary>
public sealed class HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "AUD-02";

    /// <inheritdoc />
    public override string Title => "HTTPS reaches the Secure Zone only from Windows terminals on which ESS REC records it";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var https = HttpsIntoSecureZone.Of(run.Inventory);
        run.Record("expected/flows.yaml", "HTTPS into the Secure Zone allowed only from Windows terminals",
            https.Rules.Count == 0 ? "no allowed flow carries HTTPS into the Secure Zone"
                : $"{string.Join("; ", https.Rules)}: terminals {string.Join(", ", https.Terminals.Select(t => $"{t.DeviceName()} ({t.Os})"))}");
        var findings = new Findings("terminal allowed HTTPS into the Secure Zone");
        foreach (var violation in https.Violations)
        {
            findings.Violation(violation);
        }

        if (https.Terminals.Count > 0)
        {
            var managed = await run.ManagedDevicesAsync("each terminal allowed HTTPS: Windows, not non-compliant", cancellationToken).ConfigureAwait(false);
            var holders = await DetectedAppReview.HoldersAsync(run, run.Expected.EssRecAppNames, cancellationToken).ConfigureAwait(false);
            foreach (var terminal in https.Terminals)
            {
                RecordingTerminalReview.Review(terminal, managed, holders, findings);
            }
        }

        return findings.Verdict(
            $"the flows allow HTTPS into the Secure Zone only from {string.Join(", ", https.Terminals.Select(t => t.DeviceName()))}, and device management reports each a Windows device with ESS REC detected");
    }
}
