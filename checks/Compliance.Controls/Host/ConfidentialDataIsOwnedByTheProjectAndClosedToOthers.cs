using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-02: everything in the confidential data store is owned by the project account and group, no wider than
/// the inventory's mode, carries no ACL entry for a named user or group (access or default), and no infra account
/// is a member of the project group (each infra account's groups looked up by name, so directory accounts count).
/// </summary>
public sealed class ConfidentialDataIsOwnedByTheProjectAndClosedToOthers : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-02";

    /// <inheritdoc/>
    public override string Title => "The confidential data is owned by the project and closed to others";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var data = context.Inventory.Expected.Get<DataExpectation>();
        var infra = context.Inventory.Expected.Get<SudoExpectation>().InfraAccounts;
        var transport = await context.Transports.ForHostAsync(data.Host, cancellationToken).ConfigureAwait(false);
        var entries = await FileListing.ReadAsync(transport, data.Path, cancellationToken).ConfigureAwait(false)
            ?? throw new PrerequisiteFailedException($"the data store {data.Path} does not exist on {data.Host}");
        var findings = new Findings("part of the data store");
        var maxMode = FileEntry.ParseMode(data.MaxMode);
        foreach (var e in entries)
        {
            if (e.Owner != data.Owner || e.Group != data.Group)
            {
                findings.Violation($"{e.Path} is owned by {e.Owner}:{e.Group}, expected {data.Owner}:{data.Group}");
            }

            if ((e.Mode & FileEntry.PermissionBits & ~maxMode) != 0)
            {
                findings.Violation($"{e.Path} has mode {e.ModeText}, wider than {data.MaxMode}");
            }
        }

        evidence.Record(data.Host, data.Path, "find -printf '%y %u %g %m %p'", $"owner {data.Owner}:{data.Group}, mode within {data.MaxMode}",
            $"{entries.Count} object(s); {string.Join("; ", entries.Take(20).Select(e => $"{e.Type} {e.Owner}:{e.Group} {e.ModeText} {e.Path}"))}");
        findings.Probed("owners and modes");
        await findings.ProbeAsync("ACLs", async () =>
        {
            var acl = await AclProbe.ReadAsync(transport, data.Path, cancellationToken).ConfigureAwait(false);
            var named = acl.NamedGrants;
            foreach (var a in named)
            {
                findings.Violation($"{a.Path} has an ACL entry {(a.Default ? "default:" : "")}{a.Tag}:{a.Qualifier}:{a.Permissions}");
            }

            evidence.Record(data.Host, data.Path, "getfacl -p -R", "no ACL entry for a named user or group", named.Count == 0 ? "none" : string.Join("; ", named.Select(a => $"{a.Path} {a.Tag}:{a.Qualifier}:{a.Permissions}")), acl.Raw);
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        await findings.ProbeAsync($"members of {data.Group}", async () =>
        {
            var accounts = await AccountDatabase.ReadAsync(transport, infra, [data.Group], cancellationToken).ConfigureAwait(false);
            var members = accounts.MembersOf(data.Group);
            foreach (var user in members.Intersect(infra))
            {
                findings.Violation($"infra account {user} is a member of the project group {data.Group}");
            }

            foreach (var user in accounts.UnresolvedUsers)
            {
                findings.Unverified($"infra account {user} cannot be resolved on {data.Host} (getent passwd {user}), so its groups are unknown");
            }

            evidence.Record(data.Host, data.Group, $"getent group / passwd; id -Gn {string.Join(", ", infra)}", "no infra account in the project group", $"members: {string.Join(", ", members)}");
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{data.Path} on {data.Host}: {entries.Count} object(s) owned by {data.Owner}:{data.Group}, within {data.MaxMode}, no named ACL entries, no infra member in {data.Group}.");
    }
}
