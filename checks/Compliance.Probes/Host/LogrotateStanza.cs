namespace Compliance.Probes.Host;

/// <summary>One logrotate block: its path patterns and the directives that decide how long rotated files live.</summary>
/// <param name="Patterns">The block's path patterns (globs), as logrotate reads them.</param>
/// <param name="Rotate">Rotated copies kept (<c>rotate N</c>; logrotate's default is 0).</param>
/// <param name="PeriodDays">Days between rotations (<c>hourly</c>, <c>daily</c>, <c>weekly</c>, <c>monthly</c> as 28, <c>yearly</c>; 1 when none is set: every run).</param>
/// <param name="MaxAgeDays">A <c>maxage</c> limit, if any.</param>
/// <param name="File">The configuration file of the block.</param>
/// <param name="SizeBased">Rotation by size (<c>size</c> as the criterion): the period does not apply, rotation follows the log's volume.</param>
/// <param name="MaxSize">A <c>maxsize</c> limit: the log is also rotated whenever it grows past it, before its period.</param>
public sealed record LogrotateStanza(IReadOnlyList<string> Patterns, int Rotate, double PeriodDays, int? MaxAgeDays, string File, bool SizeBased = false, string? MaxSize = null)
{
    /// <summary>How many days a line survives at least when rotation follows the period: rotated copies × period (the live file not counted), capped by maxage.</summary>
    public double RetentionDays => Math.Min(Rotate * PeriodDays, MaxAgeDays ?? double.MaxValue);

    /// <summary>
    /// Whether the block keeps its logs <paramref name="requiredDays"/>: <c>false</c> when it is shown short
    /// (<c>rotate 0</c>, <c>maxage</c> below, or copies × period below), <c>null</c> when rotation follows the log's
    /// size (<c>size</c>, <c>maxsize</c>) so that no lower bound exists, <c>true</c> otherwise.
    /// </summary>
    public bool? Keeps(int requiredDays) =>
        Rotate == 0 || MaxAgeDays < requiredDays || (!SizeBased && RetentionDays < requiredDays) ? false
        : SizeBased || MaxSize is not null ? null
        : true;

    /// <summary>The block as evidence shows it.</summary>
    public string Describe() =>
        $"{File}: rotate {Rotate} × {(SizeBased ? "size-based" : $"{PeriodDays:0.##} d")}{(MaxSize is null ? "" : $", maxsize {MaxSize}")}{(MaxAgeDays is { } m ? $", maxage {m}" : "")}"
        + (SizeBased || MaxSize is not null ? "" : $" = {RetentionDays:0.#} d");
}
