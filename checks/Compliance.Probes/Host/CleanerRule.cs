namespace Compliance.Probes.Host;

/// <summary>
/// A scheduled rule (tmpfiles.d, cron, a script cron runs, a systemd service) that reaches a log location: the
/// <c>file:line:text</c> it came from, whether it deletes or truncates files there (<c>rm</c>, <c>find -delete</c>,
/// <c>truncate</c>, <c>: &gt;</c>, tmpfiles <c>r</c>/<c>R</c>/<c>D</c>/<c>F</c>), and for an age-based tmpfiles.d
/// rule the age after which it removes them (days, 0 for hours, minutes or seconds; null when it sets none).
/// </summary>
public sealed record CleanerRule(string Line, bool Deletes, int? TmpfilesAgeDays);
