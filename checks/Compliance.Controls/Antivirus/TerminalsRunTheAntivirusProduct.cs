using Compliance.Controls.Graph;

namespace Compliance.Controls.Antivirus;

/// <summary>AV-02: device management detects the antivirus product on every inventory terminal.</summary>
public sealed class TerminalsRunTheAntivirusProduct() : DetectedAppCheck(
    "AV-02", "Every terminal runs the antivirus product, as device management reports", "the antivirus product", graph => graph.AntivirusAppNames);
