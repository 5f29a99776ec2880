namespace Compliance.Probes.Host;

/// <summary>One logrotate block: its path patterns and the directives that decide how long rotated files live.</summary>
/// <param name="Rotate">Rotated copies kept (<c>rotate N</c>; logrotate's default is 0).</param>
/// <param name="PeriodDays">Days between rotations (<c>hourly</c>, <c>daily</c>, <c>weekly</c>, <c>monthly</c>, <c>yearly</c>; 1 when none is set).</param>
/// <param name="MaxAgeDays">A <c>maxage</c> limit, if any.</param>
public sealed record LogrotateStanza(IReadOnlyList<string> Patterns, int Rotate, double PeriodDays, int? MaxAgeDays, string File)
{
    /// <summary>How many days a line survives at least: rotated copies kept × period (the live file not counted), capped by maxage.</summary>
    public double RetentionDays => Math.Min(Rotate * PeriodDays, MaxAgeDays ?? double.MaxValue);
}
