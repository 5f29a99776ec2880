namespace Compliance.Probes.Antivirus;

/// <summary>
/// One signature database file: its name (the file name without extension: <c>main</c>, <c>daily</c>, <c>bytecode</c>),
/// its path, when it was built (CVD/CLD header) or written (plain signature files), and its version (CVD/CLD only).
/// </summary>
public sealed record AvDatabase(string Name, string File, DateTimeOffset Built, int? Version)
{
    /// <summary>True for a signed or incremental container (<c>.cvd</c>, <c>.cld</c>), which carries its own build time and version.</summary>
    public bool IsContainer => File.EndsWith(".cvd", StringComparison.Ordinal) || File.EndsWith(".cld", StringComparison.Ordinal);
}
