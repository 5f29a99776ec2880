using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;
using Compliance.Probes.Host;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-01: every account that can become root on a Secure Zone server (uid 0, a member of sudo/admin/wheel, a
/// sudo right to ALL or to a command that opens a shell or any file as root, found in any sudoers file) is a
/// development-side root holder or the suite's audit account, root cannot log in over SSH unless the inventory
/// says so, and root has no empty password.
/// </summary>
public sealed class RootOnSecureZoneServersIsHeldByTheDevelopmentSide : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-01";

    /// <inheritdoc/>
    public override string Title => "Root on Secure Zone servers is held by the development side only";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<SudoExpectation>();
        var catalog = DangerousCommandCatalog.Default;
        var allowed = expected.RootHolders.Concat(expected.AuditAccounts).Append("root").ToHashSet(StringComparer.Ordinal);
        var findings = new Findings("server");
        foreach (var misplaced in expected.InfraAccounts.Where(allowed.Contains))
        {
            findings.Violation($"the inventory lists infra account {misplaced} as a root holder");
        }

        await PerHost.RunAsync(context, expected.Hosts, findings, async transport =>
        {
            var host = transport.HostName;
            var survey = await SudoSurvey.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
            var holders = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            void Hold(string user, string why) => (holders.TryGetValue(user, out var l) ? l : holders[user] = []).Add(why);

            foreach (var uid0 in survey.Accounts.UidZero.Where(u => u != "root"))
            {
                Hold(uid0, "uid 0");
            }

            foreach (var group in SudoSurvey.AdminGroups)
            {
                foreach (var member in survey.Accounts.MembersOf(group))
                {
                    Hold(member, $"member of {group}");
                }
            }

            var candidates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var rule in survey.Tree.Rules.Where(r => SudoRightReview.RootEquivalent(r.Right, catalog)))
            {
                foreach (var principal in rule.Principals.Where(p => !p.StartsWith('!')))
                {
                    var users = survey.Resolve(principal);
                    if (users is null)
                    {
                        findings.Violation($"{host}: {rule.File}:{rule.Line} gives root-equivalent rights to {principal}, which cannot be resolved to accounts");
                        continue;
                    }

                    foreach (var user in users)
                    {
                        Hold(user, $"{rule.Right} ({rule.File}:{rule.Line})");
                        candidates.Add(user);
                    }
                }
            }

            foreach (var user in candidates.Union(expected.InfraAccounts).Where(survey.Accounts.Exists))
            {
                var listing = await survey.ListAsync(user, cancellationToken).ConfigureAwait(false);
                foreach (var right in listing.Rights.Where(r => SudoRightReview.RootEquivalent(r, catalog)))
                {
                    Hold(user, $"sudo -l: {right}");
                }

                evidence.Record("suite", host, $"sudo -ll -U {user}", "rights parsed", $"{listing.Rights.Count} right(s)", listing.Raw);
            }

            var permit = await RootLoginAsync(transport, cancellationToken).ConfigureAwait(false);
            if (permit.Setting is null)
            {
                findings.Unverified($"{host}: {permit.Problem}");
            }
            else if (permit.Setting != "no" && !expected.RootSshLogin)
            {
                findings.Violation($"{host}: root may log in over SSH (permitrootlogin {permit.Setting})");
            }

            var password = await PasswordStateProbe.ReadAsync(transport, "root", cancellationToken).ConfigureAwait(false);
            if (password == PasswordState.Empty)
            {
                findings.Violation($"{host}: root has an empty password");
            }

            foreach (var (user, reasons) in holders.Where(h => !allowed.Contains(h.Key)))
            {
                findings.Violation($"{host}: {user} can become root but is not a development-side root holder ({string.Join("; ", reasons.Distinct())})");
            }

            evidence.Record("suite", host, "uid 0 accounts, sudo/admin/wheel members, root-equivalent sudo rules in every sudoers file, sudo -ll -U, sshd -T, root password state",
                $"root held only by {string.Join(", ", allowed.Order(StringComparer.Ordinal))}",
                $"root holders: {string.Join("; ", holders.Select(h => $"{h.Key} ({string.Join("; ", h.Value.Distinct())})"))}; permitrootlogin {permit.Setting ?? "unknown"}; root password {password.ToString().ToLowerInvariant()}",
                string.Join('\n', survey.Tree.Files.Select(f => $"{f.Path}: {f.Rules.Count} rule(s)")));
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"On {string.Join(", ", expected.Hosts)} only {string.Join(", ", allowed.Order(StringComparer.Ordinal))} can become root.");
    }

    private static async Task<(string? Setting, string Problem)> RootLoginAsync(ITransport transport, CancellationToken cancellationToken)
    {
        try
        {
            var settings = await SshdSettingsReader.ReadAsync(transport, null, cancellationToken).ConfigureAwait(false);
            return settings.Value("permitrootlogin") is { } value ? (value, "") : (null, "sshd -T printed no permitrootlogin");
        }
        catch (SshdSettingsException e)
        {
            return (null, e.Message);
        }
    }
}
