using System.Globalization;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// The accounts and groups of a host: what <c>getent passwd</c> and <c>getent group</c> enumerate, plus every named
/// account and group looked up by name (a directory that does not enumerate still resolves names), with membership
/// resolved and each named account's login groups as <c>id -Gn</c> reports them.
/// </summary>
public sealed class AccountDatabase(IReadOnlyList<Account> accounts, IReadOnlyList<AccountGroup> groups)
{
    /// <summary>Every account, enumerated or resolved by name.</summary>
    public IReadOnlyList<Account> Accounts { get; } = accounts;

    /// <summary>Every group, enumerated or resolved by name.</summary>
    public IReadOnlyList<AccountGroup> Groups { get; } = groups;

    /// <summary>Names looked up that the host could not resolve (accounts).</summary>
    public IReadOnlySet<string> UnresolvedUsers { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Names looked up that the host could not resolve (groups).</summary>
    public IReadOnlySet<string> UnresolvedGroups { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Groups that resolve by name but are not enumerated (a directory's): accounts whose primary group they are stay unseen.</summary>
    public IReadOnlySet<string> NotEnumeratedGroups { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    private Dictionary<string, IReadOnlyList<string>> LoginGroups { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Reads the enumerable database of a host.</summary>
    public static Task<AccountDatabase> ReadAsync(ITransport transport, CancellationToken cancellationToken) =>
        ReadAsync(transport, [], [], cancellationToken);

    /// <summary>
    /// Reads the enumerable database and looks each of <paramref name="users"/> and <paramref name="groups"/> up by name
    /// (<c>getent passwd NAME</c>, <c>id -Gn NAME</c>, <c>getent group NAME</c>); names that do not resolve are listed
    /// in <see cref="UnresolvedUsers"/> and <see cref="UnresolvedGroups"/>.
    /// </summary>
    public static async Task<AccountDatabase> ReadAsync(ITransport transport, IEnumerable<string> users, IEnumerable<string> groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(groups);
        var passwd = await HostCommand.OutputAsync(transport, cancellationToken, "getent", "passwd").ConfigureAwait(false);
        var group = await HostCommand.OutputAsync(transport, cancellationToken, "getent", "group").ConfigureAwait(false);
        var listed = Parse(passwd, group);
        var userNames = users.Distinct(StringComparer.Ordinal).ToList();
        var groupNames = groups.Distinct(StringComparer.Ordinal).Where(g => listed.Groups.All(x => x.Name != g)).ToList();
        using var gate = new SemaphoreSlim(4);
        async Task<T> Limited<T>(Func<Task<T>> probe)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await probe().ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        var accountTasks = userNames.Where(u => !listed.Exists(u)).Select(u => Limited(() => AccountLookup.UserAsync(transport, u, cancellationToken))).ToList();
        var loginTasks = userNames.Select(u => Limited(() => AccountLookup.GroupsOfAsync(transport, u, cancellationToken))).ToList();
        var groupTasks = groupNames.Select(g => Limited(() => AccountLookup.GroupAsync(transport, g, cancellationToken))).ToList();
        await Task.WhenAll(accountTasks.Cast<Task>().Concat(loginTasks).Concat(groupTasks)).ConfigureAwait(false);
        var found = accountTasks.Select(t => t.Result).OfType<Account>().ToList();
        var login = userNames.Zip(loginTasks, (u, t) => (u, t.Result)).Where(x => x.Result is not null).ToDictionary(x => x.u, x => x.Result!, StringComparer.Ordinal);
        var foundGroups = groupTasks.Select(t => t.Result).OfType<AccountGroup>().ToList();
        var allAccounts = listed.Accounts.Concat(found).ToList();
        return new AccountDatabase(allAccounts, [.. listed.Groups, .. foundGroups])
        {
            UnresolvedUsers = userNames.Where(u => allAccounts.All(a => a.Name != u)).ToHashSet(StringComparer.Ordinal),
            UnresolvedGroups = groupNames.Where(g => foundGroups.All(x => x.Name != g)).ToHashSet(StringComparer.Ordinal),
            NotEnumeratedGroups = foundGroups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal),
            LoginGroups = login,
        };
    }

    /// <summary>Parses <c>getent passwd</c> and <c>getent group</c> output.</summary>
    public static AccountDatabase Parse(string passwd, string group)
    {
        ArgumentNullException.ThrowIfNull(passwd);
        ArgumentNullException.ThrowIfNull(group);
        var accounts = Lines(passwd).Select(f => f.Split(':')).Where(f => f.Length >= 7)
            .Select(f => new Account(f[0], Int(f[2]), Int(f[3]), f[5], f[6])).ToList();
        var groups = Lines(group).Select(f => f.Split(':')).Where(f => f.Length >= 4)
            .Select(f => new AccountGroup(f[0], Int(f[2]), f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
        return new AccountDatabase(accounts, groups);
    }

    /// <summary>True when the account exists.</summary>
    public bool Exists(string user) => Accounts.Any(a => a.Name == user);

    /// <summary>
    /// Every member of a group that the host shows: supplementary members, accounts whose primary group it is, and
    /// accounts looked up by name whose login groups include it.
    /// </summary>
    public IReadOnlyList<string> MembersOf(string groupName)
    {
        var g = Groups.FirstOrDefault(x => x.Name == groupName);
        return g is null ? [] : [.. g.Members.Concat(Accounts.Where(a => a.Gid == g.Gid).Select(a => a.Name))
            .Concat(LoginGroups.Where(l => l.Value.Contains(groupName)).Select(l => l.Key)).Distinct()];
    }

    /// <summary>True when the group resolves on the host (enumerated or by name).</summary>
    public bool GroupExists(string groupName) => Groups.Any(g => g.Name == groupName);

    /// <summary>Every group an account belongs to (primary and supplementary); for an account looked up by name, what <c>id -Gn</c> reported.</summary>
    public IReadOnlyList<string> GroupsOf(string user)
    {
        if (LoginGroups.TryGetValue(user, out var login))
        {
            return login;
        }

        var account = Accounts.FirstOrDefault(a => a.Name == user);
        return [.. Groups.Where(g => g.Members.Contains(user) || (account is not null && g.Gid == account.Gid)).Select(g => g.Name)];
    }

    /// <summary>Accounts with user ID 0.</summary>
    public IReadOnlyList<string> UidZero => [.. Accounts.Where(a => a.Uid == 0).Select(a => a.Name)];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1;
}
