using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-01: every account that can become root on a Secure Zone server (uid 0, a member of a root-equivalent group
/// the inventory lists, a sudo right to ALL or to a command that opens a shell or any file as root, found in any
/// sudoers file) is a development-side root holder or the suite's audit account, root cannot log in over SSH unless
/// the inventory says so (from any source, under any Match block), and root has no empty password. Accounts and groups are looked up by name, so directory
/// accounts count; a root-equivalent rule for a group whose members cannot be listed fails, and an infra account
/// the host cannot resolve leaves the check not verified.
/// </summary>
public sealed class RootOnSecureZoneServersIsHeldByTheDevelopmentSide : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-01";

    /// <inheritdoc/>
    public override string Title => "Root on Secure Zone servers is held by the development side only";

    /// <summary>It evaluates sshd for every Match block and every account from every source; through the gateway's recorded hop each batch is a session of its own.</summary>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

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
            var survey = await SudoSurvey.ReadAsync(transport, expected.InfraAccounts.Concat(allowed), expected.RootEquivalentGroups, cancellationToken).ConfigureAwait(false);
            var holders = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            void Hold(string user, string why) => (holders.TryGetValue(user, out var l) ? l : holders[user] = []).Add(why);

            foreach (var uid0 in survey.Accounts.UidZero.Where(u => u != "root"))
            {
                Hold(uid0, "uid 0");
            }

            foreach (var group in expected.RootEquivalentGroups)
            {
                foreach (var member in survey.Accounts.MembersOf(group))
                {
                    Hold(member, $"member of the root-equivalent group {group}");
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

                    if (users.Count == 0 && principal.StartsWith('%') && survey.Accounts.NotEnumeratedGroups.Contains(principal[1..]))
                    {
                        findings.Violation($"{host}: {rule.File}:{rule.Line} gives root-equivalent rights to {principal}, whose members the host cannot list");
                    }

                    foreach (var user in users)
                    {
                        Hold(user, $"{rule.Right} ({rule.File}:{rule.Line})");
                        candidates.Add(user);
                    }
                }
            }

            foreach (var user in survey.Accounts.UnresolvedUsers.Intersect(expected.InfraAccounts))
            {
                findings.Unverified($"{host}: infra account {user} cannot be resolved by name (getent passwd {user}), so its root rights are unknown");
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

            if (survey.Accounts.NotEnumeratedGroups.Count > 0)
            {
                evidence.Record("suite", host, $"getent group NAME for {string.Join(", ", survey.Accounts.NotEnumeratedGroups)}", "members listed",
                    "resolved by name only (not enumerated): listed members and the named accounts' id -Gn count; accounts whose primary group it is are not listed by the host");
            }

            var permit = await SshdRootLogin.ReviewAsync(context, host, expected.RootSshLogin, findings, cancellationToken).ConfigureAwait(false);

            var password = await PasswordStateProbe.ReadAsync(transport, "root", cancellationToken).ConfigureAwait(false);
            if (password == PasswordState.Empty)
            {
                findings.Violation($"{host}: root has an empty password");
            }

            foreach (var (user, reasons) in holders.Where(h => !allowed.Contains(h.Key)))
            {
                findings.Violation($"{host}: {user} can become root but is not a development-side root holder ({string.Join("; ", reasons.Distinct())})");
            }

            evidence.Record("suite", host, "uid 0 accounts, root-equivalent group members (by name and id -Gn), root-equivalent sudo rules in every sudoers file, sudo -ll -U, sshd -T -C for root from every source and Match block, root password state",
                $"root held only by {string.Join(", ", allowed.Order(StringComparer.Ordinal))}",
                $"root holders: {string.Join("; ", holders.Select(h => $"{h.Key} ({string.Join("; ", h.Value.Distinct())})"))}; permitrootlogin {permit}; root password {password.ToString().ToLowerInvariant()}",
                string.Join('\n', survey.Tree.Files.Select(f => $"{f.Path}: {f.Rules.Count} rule(s)")));
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"On {string.Join(", ", expected.Hosts)} only {string.Join(", ", allowed.Order(StringComparer.Ordinal))} can become root.");
    }
}
