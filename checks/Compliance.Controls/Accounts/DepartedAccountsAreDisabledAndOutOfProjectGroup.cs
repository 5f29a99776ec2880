using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Accounts;

/// <summary>
/// ACC-01: the project group holds no disabled account and no account of a person the inventory lists as departed,
/// and no departed person's account is still enabled.
/// </summary>
public sealed class DepartedAccountsAreDisabledAndOutOfProjectGroup : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "ACC-01";

    /// <inheritdoc />
    public override string Title => "Accounts of people who left the project are disabled and out of the project group";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var departed = run.Expected.DepartedUsers;
        var members = await run.ProjectMembersAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        foreach (var member in members)
        {
            if (member.AccountEnabled is null)
            {
                throw new GraphUnavailableException($"Graph did not report whether {member.UserPrincipalName} is enabled");
            }

            if (departed.Any(d => TenantReads.SameName(d, member.UserPrincipalName)))
            {
                problems.Add($"departed {member.UserPrincipalName} is still in the project group");
            }
            else if (member.AccountEnabled == false)
            {
                problems.Add($"disabled account {member.UserPrincipalName} is still in the project group");
            }
        }

        foreach (var person in departed)
        {
            var request = $"GET /users/{person}?$select=id,userPrincipalName,accountEnabled";
            var user = await run.Reader.ReadOptionalAsync<User>(request, GraphPermissions.UserReadAll,
                (g, ct) => g.Users[person].GetAsync(rc => rc.QueryParameters.Select = ["id", "userPrincipalName", "accountEnabled"], ct),
                cancellationToken).ConfigureAwait(false);
            run.Record(request, "deleted or disabled", user is null ? "deleted (404)" : TenantReads.Describe(user));
            if (user is { AccountEnabled: not false })
            {
                problems.Add($"departed {person}'s account is {(user.AccountEnabled == true ? "still enabled" : "in an unknown state")}");
            }
        }

        return problems.Count == 0
            ? Verdict.Pass($"the project group's {members.Count} account(s) are enabled and current; the {departed.Count} departed account(s) are disabled or deleted")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
