using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-04: the proxy logs and gateway recordings are kept at least the inventory's retention: every logrotate
/// block covering them keeps rotated copies × period (capped by maxage) of at least that many days, and no
/// tmpfiles.d or cron rule removes them earlier. The oldest file's age is reported.
/// </summary>
public sealed class AuditLogsAreRetainedForTheRequiredPeriod : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AUD-04";

    /// <inheritdoc/>
    public override string Title => "Proxy logs and gateway recordings are retained for the required period";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<LogsExpectation>();
        var findings = new Findings("log location");
        await findings.EachInTurnAsync(expected.Locations, l => $"{l.Host}:{l.Path}", async location =>
        {
            var transport = await context.Transports.ForHostAsync(location.Host, cancellationToken).ConfigureAwait(false);
            var (stanzas, configFiles) = await LogrotateConfig.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
            var files = await FileTimesProbe.ReadAsync(transport, location.Path, cancellationToken).ConfigureAwait(false);
            var probePaths = files.Select(f => f.Path).Append(location.Path).Distinct();
            var covering = probePaths.Select(p => (Path: p, Stanza: LogrotateParser.For(stanzas, p))).Where(x => x.Stanza is not null).ToList();
            foreach (var (path, stanza) in covering.DistinctBy(c => c.Stanza))
            {
                if (stanza!.RetentionDays < expected.RetentionDays)
                {
                    findings.Violation($"{location.Host}: {stanza.File} keeps {path} for {stanza.RetentionDays:0.#} day(s) (rotate {stanza.Rotate} × {stanza.PeriodDays:0.##} d{(stanza.MaxAgeDays is { } m ? $", maxage {m}" : "")}), less than {expected.RetentionDays}");
                }
            }

            var cleaners = await ScheduledCleanersProbe.FindAsync(transport, location.Path, cancellationToken).ConfigureAwait(false);
            foreach (var rule in cleaners.Where(c => c.Deletes || c.TmpfilesAgeDays < expected.RetentionDays))
            {
                findings.Violation($"{location.Host}: a scheduled cleaner removes {location.Path}: {rule.Line.Trim()}");
            }

            var oldest = files.Count == 0 ? "no files yet" : files.Max(f => f.Age(context.Clock.GetUtcNow())).TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " day(s)";
            evidence.Record("suite", location.Host, $"logrotate ({string.Join(", ", configFiles)}), tmpfiles.d, cron", $"kept ≥ {expected.RetentionDays} day(s)",
                $"{(covering.Count == 0 ? "no logrotate block covers it (kept until removed)" : string.Join("; ", covering.DistinctBy(c => c.Stanza).Select(c => $"{c.Stanza!.File}: rotate {c.Stanza.Rotate} × {c.Stanza.PeriodDays:0.##} d = {c.Stanza.RetentionDays:0.#} d")))}; cleaners: {cleaners.Count}; oldest file {oldest}",
                string.Join('\n', cleaners.Select(c => c.Line)));
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"Every log location is kept at least {expected.RetentionDays} day(s).");
    }
}
