using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Audit;
using Compliance.Probes.Host;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-01: no recorded user can alter or delete a recording: on the gateway nothing under the recordings directory
/// (nor the directory above it) is writable by the user (<c>find -writable</c> as the user: mode, group and ACL
/// all count) or owned by the user, and the user holds no sudo right there other than the recorder's fixed command.
/// </summary>
public sealed class RecordedUsersCannotAlterOrDeleteRecordings : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AUD-01";

    /// <inheritdoc/>
    public override string Title => "Recorded users cannot alter or delete recordings";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<RecordingsExpectation>();
        var gateway = await context.Transports.ForHostAsync(expected.Gateway, cancellationToken).ConfigureAwait(false);
        var files = await RecordingFiles.ListAsync(gateway, expected.Directory, cancellationToken).ConfigureAwait(false);
        evidence.Record(expected.Gateway, expected.Directory, "find -type f", "the recordings directory exists (positive control)", $"{files.Count} recording(s)");
        var parent = expected.Directory.TrimEnd('/') is var d && d.LastIndexOf('/') > 0 ? d[..d.LastIndexOf('/')] : "/";
        var findings = new Findings("recorded user");
        var survey = await Host.SudoSurvey.ReadAsync(gateway, cancellationToken).ConfigureAwait(false);
        await findings.EachInTurnAsync(expected.RecordedUsers, u => u, async user =>
        {
            var changeable = await WritableBy.FindAsync(gateway, user, expected.Directory, cancellationToken).ConfigureAwait(false);
            if (changeable is null)
            {
                findings.Unverified($"recorded user {user} does not exist on {expected.Gateway}");
                return;
            }

            var parentWritable = await WritableBy.CanWriteAsync(gateway, user, parent, cancellationToken).ConfigureAwait(false);
            var all = parentWritable ? [.. changeable, parent] : changeable;
            foreach (var path in all)
            {
                findings.Violation($"{user} can change {path}");
            }

            var listing = await survey.ListAsync(user, cancellationToken).ConfigureAwait(false);
            var rights = listing.Rights;
            foreach (var right in rights.Where(r => !expected.RecorderCommands.Contains(r.Command) || !r.AsRoot || r.RunAsGroups.Count > 0))
            {
                findings.Violation($"{user} holds sudo right {right} on {expected.Gateway}");
            }

            evidence.Record(expected.Gateway, expected.Directory, $"runuser -u {user} -- find -writable; find -user {user}; test -w {parent}; sudo -ll -U {user}",
                "nothing writable or owned; no sudo right beyond the recorder", $"changeable: {(all.Count == 0 ? "none" : string.Join(", ", all))}; sudo: {(rights.Count == 0 ? "none" : string.Join("; ", rights))}", listing.Raw);
        }, cancellationToken, context.Redactor).ConfigureAwait(false);

        return findings.Verdict($"{string.Join(", ", expected.RecordedUsers)} can neither write, own nor delete anything in {expected.Directory} on {expected.Gateway}.");
    }
}
