using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-01: each infra account's sudo rights, as <c>sudo -ll -U</c> reports them and as every sudoers file grants
/// them (user, group and ALL rules, in files whether included or not), are on the approved list exactly: no ALL,
/// no directory, no wildcard, no command from the dangerous-command catalog, no SETENV, no root-equivalent group.
/// Every sudoers rule names only inventoried accounts. Accounts and groups are looked up by name (directory accounts
/// are not enumerated): an infra account or a rule's principal the host cannot resolve leaves the check not verified.
/// </summary>
public sealed class InfraAccountsHoldOnlyApprovedSudoCommands : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-01";

    /// <inheritdoc/>
    public override string Title => "Infra accounts hold only the approved sudo commands";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<SudoExpectation>();
        var catalog = DangerousCommandCatalog.Default;
        var findings = new Findings("server");
        foreach (var approved in expected.ApprovedCommands)
        {
            foreach (var entry in catalog.Match(approved.Command))
            {
                findings.Violation($"the approved command '{approved.Command}' can {string.Join("/", entry.Abilities)} ({entry.Source})");
            }
        }

        var known = expected.InfraAccounts.Concat(expected.RootHolders).Concat(expected.AuditAccounts).Append("root").ToHashSet(StringComparer.Ordinal);
        await PerHost.RunAsync(context, expected.Hosts, findings, async transport =>
        {
            var host = transport.HostName;
            var survey = await SudoSurvey.ReadAsync(transport, known, expected.RootEquivalentGroups, cancellationToken).ConfigureAwait(false);
            foreach (var rule in survey.Tree.Rules)
            {
                foreach (var principal in rule.Principals.Where(p => !p.StartsWith('!')))
                {
                    if (survey.Unresolvable(principal))
                    {
                        findings.Unverified($"{host}: {rule.File}:{rule.Line} grants '{rule.Right}' to {principal}, which the host cannot resolve by name, so who holds it is unknown");
                        continue;
                    }

                    var users = survey.Resolve(principal);
                    var strangers = users is null ? [principal] : users.Where(u => !known.Contains(u)).ToList();
                    if (strangers.Count > 0 && (principal != "ALL" || users is null))
                    {
                        findings.Violation($"{host}: {rule.File}:{rule.Line} grants '{rule.Right}' to {string.Join(", ", strangers)}, not an inventoried account");
                    }
                }
            }

            foreach (var user in expected.InfraAccounts)
            {
                if (!survey.Accounts.Exists(user))
                {
                    findings.Unverified($"{host}: infra account {user} cannot be resolved by name (getent passwd {user}), so its sudo rights are unknown");
                    evidence.Record("suite", host, $"getent passwd {user}", "account resolves", "not resolved: absent, or its directory unreachable");
                    continue;
                }

                var listing = await survey.ListAsync(user, cancellationToken).ConfigureAwait(false);
                var rights = listing.Rights.Concat(survey.RulesFor(user).Select(r => r.Right)).DistinctBy(r => $"{r}|{string.Join(",", r.Options.Order(StringComparer.Ordinal))}").ToList();
                foreach (var admin in expected.RootEquivalentGroups.Intersect(survey.Accounts.GroupsOf(user)))
                {
                    findings.Violation($"{host}: {user} is a member of the root-equivalent group {admin}");
                }

                foreach (var right in rights)
                {
                    var problems = SudoRightReview.Problems(right, expected.ApprovedCommands, catalog);
                    if (problems.Count > 0)
                    {
                        findings.Violation($"{host}: {user} may run {right} [{right.Source}]: {string.Join("; ", problems)}");
                    }
                }

                evidence.Record("suite", host, $"sudo -ll -U {user} + every sudoers rule naming {user} or its groups",
                    $"only {string.Join(", ", expected.ApprovedCommands.Select(a => $"({a.Runas}) {a.Command}"))}",
                    rights.Count == 0 ? "no sudo rights" : string.Join("; ", rights.Select(r => $"{r} [{r.Source}]")), listing.Raw);
            }

            evidence.Record("suite", host, "sudoers files read", "every rule accounted for",
                string.Join("; ", survey.Tree.Files.Select(f => $"{f.Path}: {f.Rules.Count} rule(s)")),
                string.Join('\n', survey.Tree.Rules.Select(r => r.ToString())));
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"Infra accounts {string.Join(", ", expected.InfraAccounts)} hold only the {expected.ApprovedCommands.Count} approved command(s) on {string.Join(", ", expected.Hosts)}.");
    }
}
