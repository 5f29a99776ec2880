using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-01: an approved sudo command stays harmless only while its holder cannot change what it runs as root. No
/// infra account can write or owns the executable of an approved command, a file or directory the inventory says
/// the command reads (configuration, unit files, drop-in directories), anything under those, or any directory above
/// them (from where the whole path can be replaced). Infra accounts are looked up by name; one the host cannot
/// resolve leaves the check not verified.
/// </summary>
public sealed class InfraAccountsCannotChangeWhatTheirSudoCommandsRun : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-01";

    /// <inheritdoc/>
    public override string Title => "Infra accounts cannot change what their approved sudo commands run";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<SudoExpectation>();
        var paths = expected.ApprovedCommands
            .SelectMany(a => a.Reads.Prepend(a.Command.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0]))
            .Distinct(StringComparer.Ordinal).ToList();
        var findings = new Findings();
        await PerHost.RunAsync(context, expected.Hosts, findings, async transport =>
        {
            var host = transport.HostName;
            var accounts = await AccountDatabase.ReadAsync(transport, expected.InfraAccounts, [], cancellationToken).ConfigureAwait(false);
            foreach (var user in expected.InfraAccounts)
            {
                if (accounts.UnresolvedUsers.Contains(user))
                {
                    findings.Unverified($"{host}: infra account {user} cannot be resolved by name (getent passwd {user}), so what it can change is unknown");
                    continue;
                }

                var changeable = await CommandFilesProbe.ChangeableAsync(transport, user, paths, cancellationToken).ConfigureAwait(false);
                foreach (var path in changeable)
                {
                    findings.Violation($"{host}: infra account {user} can change {path}, which an approved sudo command runs or reads as root (or a directory above it)");
                }

                evidence.Record("suite", host, $"runuser -u {user} -- find -writable; find -user {user}; the same for every directory above",
                    "nothing changeable", changeable.Count == 0 ? "nothing changeable" : string.Join(", ", changeable), string.Join(" ", paths));
            }
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"{string.Join(", ", expected.InfraAccounts)} can change none of {string.Join(", ", paths)}, nothing under them and no directory above them on {string.Join(", ", expected.Hosts)}.");
    }
}
