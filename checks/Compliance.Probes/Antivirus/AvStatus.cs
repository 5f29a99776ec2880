namespace Compliance.Probes.Antivirus;

/// <summary>A fact an antivirus adapter established: whether it holds, what was seen, the raw output it rests on.</summary>
public sealed record AvStatus(bool Holds, string Observed, string Raw);
