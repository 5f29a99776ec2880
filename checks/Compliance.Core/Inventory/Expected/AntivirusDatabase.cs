namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// A signature database every server must hold (ClamAV: <c>main</c>, <c>daily</c>, <c>bytecode</c>), judged on its own:
/// present, built within its age limit, and at least its minimum version when one is set.
/// </summary>
public sealed record AntivirusDatabase
{
    /// <summary>The database's name: its file name without extension (<c>daily</c> for daily.cvd or daily.cld).</summary>
    public required string Name { get; init; }

    /// <summary>The oldest acceptable build, in hours; the section's <c>max_definition_age_hours</c> when unset.</summary>
    public int? MaxAgeHours { get; init; }

    /// <summary>The lowest acceptable version (CVD/CLD header), for a database that is republished rarely (ClamAV's main).</summary>
    public int? MinVersion { get; init; }
}
