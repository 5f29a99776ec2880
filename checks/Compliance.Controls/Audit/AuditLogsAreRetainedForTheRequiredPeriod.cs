using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;
using Compliance.Probes.Shell;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-04: the proxy logs and gateway recordings are kept at least the inventory's retention: every logrotate
/// block covering them keeps rotated copies × period (capped by maxage) of at least that many days, and no
/// tmpfiles.d or cron rule removes them earlier. The oldest file's age is reported.
/// </summary>
public sealed class AuditLogsAreRetainedForTheRequiredPeriod : Check
{
    private const string CleanersScript = """
        p="$1"
        grep -rsHn -F -- "$p" /etc/tmpfiles.d /usr/lib/tmpfiles.d /run/tmpfiles.d /etc/cron.d /etc/cron.daily /etc/cron.weekly /etc/cron.hourly /etc/cron.monthly /etc/crontab /var/spool/cron 2>/dev/null
        echo "-- cleaners searched --"
        """;

    /// <inheritdoc/>
    public override string ControlId => "AUD-04";

    /// <inheritdoc/>
    public override string Title => "Proxy logs and gateway recordings are retained for the required period";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<LogsExpectation>();
        var findings = new Findings();
        foreach (var location in expected.Locations)
        {
            var transport = await context.Transports.ForHostAsync(location.Host, cancellationToken).ConfigureAwait(false);
            var (stanzas, configFiles) = await LogrotateConfig.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
            var files = await HostCommand.OutputAsync(transport, cancellationToken, "find", location.Path, "-type", "f", "-printf", @"%T@ %p\n").ConfigureAwait(false);
            var list = files.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', 2)).Where(f => f.Length == 2).ToList();
            var probePaths = list.Select(f => f[1]).Append(location.Path).Distinct();
            var covering = probePaths.Select(p => (Path: p, Stanza: LogrotateParser.For(stanzas, p))).Where(x => x.Stanza is not null).ToList();
            foreach (var (path, stanza) in covering.DistinctBy(c => c.Stanza))
            {
                if (stanza!.RetentionDays < expected.RetentionDays)
                {
                    findings.Violation($"{location.Host}: {stanza.File} keeps {path} for {stanza.RetentionDays:0.#} day(s) (rotate {stanza.Rotate} × {stanza.PeriodDays:0.##} d{(stanza.MaxAgeDays is { } m ? $", maxage {m}" : "")}), less than {expected.RetentionDays}");
                }
            }

            var cleaners = await HostCommand.ScriptAsync(transport, CleanersScript, cancellationToken, null, location.Path).ConfigureAwait(false);
            var cleanerLines = cleaners.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != "-- cleaners searched --").ToList();
            foreach (var line in cleanerLines.Where(l => l.Contains("-delete", StringComparison.Ordinal) || l.Contains("rm ", StringComparison.Ordinal) || TmpfilesAge(l, location.Path) is { } age && age < expected.RetentionDays))
            {
                findings.Violation($"{location.Host}: a scheduled cleaner removes {location.Path}: {line.Trim()}");
            }

            var oldest = list.Count == 0 ? "no files yet" : list.Select(f => FileEntry.Age(f[0], context.Clock.GetUtcNow())).Max().TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " day(s)";
            evidence.Record("suite", location.Host, $"logrotate ({string.Join(", ", configFiles)}), tmpfiles.d, cron", $"kept ≥ {expected.RetentionDays} day(s)",
                $"{(covering.Count == 0 ? "no logrotate block covers it (kept until removed)" : string.Join("; ", covering.DistinctBy(c => c.Stanza).Select(c => $"{c.Stanza!.File}: rotate {c.Stanza.Rotate} × {c.Stanza.PeriodDays:0.##} d = {c.Stanza.RetentionDays:0.#} d")))}; cleaners: {cleanerLines.Count}; oldest file {oldest}",
                string.Join('\n', cleanerLines));
        }

        return findings.Verdict($"Every log location is kept at least {expected.RetentionDays} day(s).");
    }

    private static int? TmpfilesAge(string line, string path)
    {
        if (!line.Contains("tmpfiles.d", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = line[(line.IndexOf(path, StringComparison.Ordinal) + path.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var age = fields.Length >= 4 ? fields[3] : "-";
        return age.EndsWith('d') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d
            : age.EndsWith('w') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w * 7
            : age.EndsWith('h') || age.EndsWith('m') || age.EndsWith('s') ? 0
            : null;
    }
}
