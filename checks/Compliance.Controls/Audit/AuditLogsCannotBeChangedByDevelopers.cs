using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-04: the proxy logs and the gateway recordings are owned by root (or the writing service's account the
/// inventory names), and no developer account can change them: nothing there or in the directory above is
/// writable by or owned by a developer (<c>find -writable</c> as the account), nothing there is writable by every account, and no developer holds sudo on that host beyond the
/// inventory's harmless commands. Developers are looked up by name (<c>id</c>): one that does not resolve on a host
/// taking accounts from a directory leaves the check not verified; on a host with local accounts only it is absent.
/// </summary>
public sealed class AuditLogsCannotBeChangedByDevelopers : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AUD-04";

    /// <inheritdoc/>
    public override string Title => "Proxy logs and gateway recordings are owned by root and cannot be changed by developers";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<LogsExpectation>();
        var findings = new Findings("log location");
        await findings.EachInTurnAsync(expected.Locations, l => $"{l.Host}:{l.Path}", async location =>
        {
            var transport = await context.Transports.ForHostAsync(location.Host, cancellationToken).ConfigureAwait(false);
            var entries = await FileListing.ReadAsync(transport, location.Path, cancellationToken).ConfigureAwait(false)
                ?? throw new PrerequisiteFailedException($"{location.Path} does not exist on {location.Host}");
            foreach (var e in entries.Where(e => !location.Owners.Contains(e.Owner)))
            {
                findings.Violation($"{location.Host}:{e.Path} is owned by {e.Owner}, expected {string.Join(" or ", location.Owners)}");
            }

            foreach (var e in entries.Where(e => (e.Mode & 0b000_000_010) != 0 && !(e.Type == 'l')))
            {
                findings.Violation($"{location.Host}:{e.Path} is writable by every account (mode {e.ModeText})");
            }

            evidence.Record("suite", location.Host, $"find {location.Path} -printf owner", $"owned by {string.Join(" or ", location.Owners)}",
                string.Join("; ", entries.Select(e => e.Owner).Distinct().Select(o => $"{o}: {entries.Count(e => e.Owner == o)}")));
            var parent = location.Path.TrimEnd('/') is var p && p.LastIndexOf('/') > 0 ? p[..p.LastIndexOf('/')] : "/";
            var survey = await Host.SudoSurvey.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
            foreach (var dev in expected.DeveloperAccounts)
            {
                var changeable = await WritableBy.FindAsync(transport, dev, location.Path, cancellationToken).ConfigureAwait(false);
                if (changeable is null)
                {
                    var remote = NameServiceSwitch.Remote(await NameServiceSwitch.PasswdSourcesAsync(transport, cancellationToken).ConfigureAwait(false));
                    if (remote.Count > 0)
                    {
                        findings.Unverified($"developer {dev} cannot be resolved on {location.Host}, which takes accounts from {string.Join(", ", remote)}: absent or the directory unreachable, so what the account can change is unknown");
                    }

                    evidence.Record("suite", location.Host, $"id -u {dev}; passwd sources in /etc/nsswitch.conf", "cannot change the logs",
                        remote.Count > 0 ? $"not resolved; remote sources {string.Join(", ", remote)}" : "no such account (the host takes accounts from local files only)");
                    continue;
                }

                var parentWritable = await WritableBy.CanWriteAsync(transport, dev, parent, cancellationToken).ConfigureAwait(false);
                var listing = await survey.ListAsync(dev, cancellationToken).ConfigureAwait(false);
                foreach (var path in parentWritable ? [.. changeable, parent] : changeable)
                {
                    findings.Violation($"developer {dev} can change {location.Host}:{path}");
                }

                foreach (var right in listing.Rights.Where(r => !expected.AllowedSudoCommands.Contains(r.Command)))
                {
                    findings.Violation($"developer {dev} holds sudo {right} on {location.Host}");
                }

                evidence.Record("suite", location.Host, $"runuser -u {dev} -- find {location.Path} -writable; find -user {dev}; test -w {parent}; sudo -ll -U {dev}", "nothing changeable, no sudo",
                    $"changeable: {(changeable.Count == 0 && !parentWritable ? "none" : string.Join(", ", changeable.Append(parentWritable ? parent : "")))}; sudo rights: {listing.Rights.Count}", listing.Raw);
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{string.Join(", ", expected.Locations.Select(l => $"{l.Host}:{l.Path}"))} are owned as expected and unchangeable by {string.Join(", ", expected.DeveloperAccounts)}.");
    }
}
