namespace Compliance.Core.Inventory;

/// <summary>
/// The certificate (PEM) and private key (PEM) that sign a run's manifest, as <c>inventory.yaml</c>'s optional
/// <c>report_signing</c> names them (full paths). The files are read when the run signs; <see cref="Source"/> is the
/// field's position (<see cref="File"/>, <see cref="Line"/>, <see cref="Column"/>), for a message when they cannot be used.
/// </summary>
public sealed record ReportSigning(string Certificate, string Key, string File, int Line, int Column);
