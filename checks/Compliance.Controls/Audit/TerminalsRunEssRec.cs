using Compliance.Controls.Graph;
using Compliance.Core.Inventory;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-02: device management detects ESS REC (which records HTTPS operations) on every terminal the register declares
/// Windows (ESS REC runs only on Windows; a Mac terminal is held to no HTTPS at all, see
/// <see cref="HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt"/>).
/// </summary>
public sealed class TerminalsRunEssRec() : DetectedAppCheck(
    "AUD-02", "ESS REC is installed on every Windows terminal to record HTTPS operations", "ESS REC", graph => graph.EssRecAppNames)
{
    /// <inheritdoc />
    protected override IReadOnlyList<Terminal> Terminals(GraphRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. run.Inventory.Terminals.Where(t => t.IsWindows)];
    }
}
