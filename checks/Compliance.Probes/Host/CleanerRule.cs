namespace Compliance.Probes.Host;

/// <summary>
/// A scheduled rule (tmpfiles.d, cron) that names a path: the <c>file:line:text</c> it came from, whether it deletes
/// files (<c>find -delete</c>, <c>rm</c>), and for a tmpfiles.d line the age after which it removes them (days, 0 for
/// hours, minutes or seconds; null when it sets none).
/// </summary>
public sealed record CleanerRule(string Line, bool Deletes, int? TmpfilesAgeDays);
