using System.Globalization;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>The accounts and groups of a host (<c>getent passwd</c>, <c>getent group</c>), with membership resolved.</summary>
public sealed class AccountDatabase(IReadOnlyList<Account> accounts, IReadOnlyList<AccountGroup> groups)
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<Account> Accounts { get; } = accounts;

    /// <summary>Every group.</summary>
    public IReadOnlyList<AccountGroup> Groups { get; } = groups;

    /// <summary>Reads the database of a host.</summary>
    public static async Task<AccountDatabase> ReadAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var passwd = await HostCommand.OutputAsync(transport, cancellationToken, "getent", "passwd").ConfigureAwait(false);
        var group = await HostCommand.OutputAsync(transport, cancellationToken, "getent", "group").ConfigureAwait(false);
        return Parse(passwd, group);
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

    /// <summary>Every member of a group: supplementary members and accounts whose primary group it is.</summary>
    public IReadOnlyList<string> MembersOf(string groupName)
    {
        var g = Groups.FirstOrDefault(x => x.Name == groupName);
        return g is null ? [] : [.. g.Members.Concat(Accounts.Where(a => a.Gid == g.Gid).Select(a => a.Name)).Distinct()];
    }

    /// <summary>Every group an account belongs to (primary and supplementary).</summary>
    public IReadOnlyList<string> GroupsOf(string user)
    {
        var account = Accounts.FirstOrDefault(a => a.Name == user);
        return [.. Groups.Where(g => g.Members.Contains(user) || (account is not null && g.Gid == account.Gid)).Select(g => g.Name)];
    }

    /// <summary>Accounts with user ID 0.</summary>
    public IReadOnlyList<string> UidZero => [.. Accounts.Where(a => a.Uid == 0).Select(a => a.Name)];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1;
}
