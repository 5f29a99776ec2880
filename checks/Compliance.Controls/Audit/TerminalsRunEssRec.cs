using Compliance.Controls.Graph;

namespace Compliance.Controls.Audit;

/// <summary>AUD-02: device management detects ESS REC (which records HTTPS operations) on every inventory terminal.</summary>
public sealed class TerminalsRunEssRec() : DetectedAppCheck(
    "AUD-02", "ESS REC is installed on every terminal to record HTTPS operations", "ESS REC", graph => graph.EssRecAppNames);
