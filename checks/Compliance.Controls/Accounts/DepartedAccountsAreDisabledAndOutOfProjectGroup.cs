using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Accounts;

/// <summary>
/// ACC-01: the project group holds no disabled account and no account of a person the inventory lists as departed,
/// and no departed person's account is still enabled. A departed name the directory does not know (404) counts only
/// when the account is found among the directory's deleted users; otherwise it may be misspelled (or purged after the
/// deleted-items retention) and the check is Not verified naming it.
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

        var absent = new List<string>();
        foreach (var person in departed)
        {
            var request = $"GET /users/{person}?$select=id,userPrincipalName,accountEnabled";
            var user = await run.Reader.ReadOptionalAsync<User>(request, GraphPermissions.UserReadAll,
                (g, ct) => g.Users[person].GetAsync(rc => rc.QueryParameters.Select = ["id", "userPrincipalName", "accountEnabled"], ct),
                cancellationToken).ConfigureAwait(false);
            run.Record(request, "disabled, or absent and among the deleted users", user is null ? "not found (404)" : TenantReads.Describe(user));
            if (user is null)
            {
                absent.Add(person);
            }
            else if (user.AccountEnabled != false)
            {
                problems.Add($"departed {person}'s account is {(user.AccountEnabled == true ? "still enabled" : "in an unknown state")}");
            }
        }

        var unresolved = absent.Count == 0 ? [] : await UnprovenDeletionsAsync(run, absent, cancellationToken).ConfigureAwait(false);
        var gaps = unresolved.Count == 0 ? "" : $"not found and not among the deleted users (misspelled, or purged after the retention of deleted items): {string.Join(", ", unresolved)}";
        return problems.Count > 0 ? Verdict.Fail(string.Join("; ", problems) + (gaps.Length > 0 ? $"; also not verified: {gaps}" : ""))
            : unresolved.Count > 0 ? Verdict.NotVerified(gaps)
            : Verdict.Pass($"the project group's {members.Count} account(s) are enabled and current; the {departed.Count} departed account(s) are disabled or deleted ({absent.Count} found among the deleted users)");
    }

    /// <summary>The names among <paramref name="absent"/> that the directory's deleted users do not hold.</summary>
    private static async Task<List<string>> UnprovenDeletionsAsync(GraphRun run, IReadOnlyList<string> absent, CancellationToken cancellationToken)
    {
        const string request = "GET /directory/deletedItems/microsoft.graph.user?$select=id,userPrincipalName,mail,deletedDateTime";
        var deleted = await run.Reader.ListAsync<User, UserCollectionResponse>(request, GraphPermissions.UserReadAll,
            (g, ct) => g.Directory.DeletedItems.GraphUser.GetAsync(rc => rc.QueryParameters.Select = ["id", "userPrincipalName", "mail", "deletedDateTime"], ct),
            cancellationToken).ConfigureAwait(false);
        var found = absent.ToDictionary(p => p, p => deleted.FirstOrDefault(d => DeletedUserNames.Matches(d, p)));
        run.Record(request, $"{string.Join(", ", absent)} among the deleted users",
            string.Join("; ", found.Select(f => f.Value is null ? $"{f.Key}: not among the {deleted.Count} deleted user(s)" : $"{f.Key}: deleted {f.Value.DeletedDateTime:u} (id {f.Value.Id})")));
        return [.. found.Where(f => f.Value is null).Select(f => f.Key)];
    }
}
