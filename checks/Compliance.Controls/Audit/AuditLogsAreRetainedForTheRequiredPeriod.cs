using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-04: the proxy logs and gateway recordings are kept at least the inventory's retention: every logrotate
/// block covering them (paths on the header line or on lines of their own, globs, includes at any depth) keeps
/// rotated copies × period (capped by maxage) of at least that many days; a block rotating by size (size, maxsize)
/// has no lower bound, so unless it is shown short (rotate 0, maxage, copies × period) the retention is Not verified.
/// No tmpfiles.d rule, cron job, script a cron table runs or local service deletes or truncates files of the location
/// by naming it, a directory above it or a glob. The oldest file's age is reported.
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
            var covering = files.Select(f => LogrotateParser.For(stanzas, f.Path)).Append(LogrotateParser.For(stanzas, location.Path))
                .Concat(LogrotateParser.Under(stanzas, location.Path)).OfType<LogrotateStanza>().Distinct().ToList();
            foreach (var stanza in covering)
            {
                switch (stanza.Keeps(expected.RetentionDays))
                {
                    case false:
                        findings.Violation($"{location.Host}: {stanza.Describe()} keeps {location.Path} for less than {expected.RetentionDays} day(s)");
                        break;
                    case null:
                        findings.Unverified($"{location.Host}: {stanza.Describe()} rotates {location.Path} by size: how long the copies live depends on the log's volume, so {expected.RetentionDays} day(s) cannot be established");
                        break;
                }
            }

            var cleaners = await ScheduledCleanersProbe.FindAsync(transport, location.Path, [.. files.Select(f => f.Path)], cancellationToken).ConfigureAwait(false);
            foreach (var rule in cleaners.Where(c => c.Deletes || c.TmpfilesAgeDays < expected.RetentionDays))
            {
                findings.Violation($"{location.Host}: a scheduled cleaner removes or truncates logs in {location.Path}: {rule.Line.Trim()}");
            }

            var oldest = files.Count == 0 ? "no files yet" : files.Max(f => f.Age(context.Clock.GetUtcNow())).TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " day(s)";
            evidence.Record("suite", location.Host, $"logrotate ({string.Join(", ", configFiles)}), tmpfiles.d, cron tables and the scripts they run, systemd services", $"kept ≥ {expected.RetentionDays} day(s)",
                $"{(covering.Count == 0 ? "no logrotate block covers it (kept until removed)" : string.Join("; ", covering.Select(c => c.Describe())))}; cleaners reaching it: {cleaners.Count}; oldest file {oldest}",
                string.Join('\n', cleaners.Select(c => c.Line)));
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"Every log location is kept at least {expected.RetentionDays} day(s).");
    }
}
