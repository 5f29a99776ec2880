using Compliance.Core.Transport;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// The sudo facts of one host: its accounts, every sudoers rule (all files), and what <c>sudo -ll -U</c> reports
/// for the accounts asked about. Resolves which accounts a rule's principals name.
/// </summary>
public sealed class SudoSurvey(ITransport transport, AccountDatabase accounts, SudoersTree tree)
{
    /// <summary>The host's accounts.</summary>
    public AccountDatabase Accounts { get; } = accounts;

    /// <summary>Every sudoers file and rule.</summary>
    public SudoersTree Tree { get; } = tree;

    /// <summary>Reads accounts and sudoers from the host (accounts as enumerated only).</summary>
    public static Task<SudoSurvey> ReadAsync(ITransport transport, CancellationToken cancellationToken) =>
        ReadAsync(transport, [], [], cancellationToken);

    /// <summary>
    /// Reads sudoers and accounts from the host, looking up by name every account and group a sudoers rule names
    /// and every one of <paramref name="users"/> and <paramref name="groups"/>, so that directory accounts count too.
    /// </summary>
    public static async Task<SudoSurvey> ReadAsync(ITransport transport, IEnumerable<string> users, IEnumerable<string> groups, CancellationToken cancellationToken)
    {
        var tree = await SudoersTree.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
        var principals = tree.Rules.SelectMany(r => r.Principals).Select(p => p.TrimStart('!')).ToList();
        var named = principals.Where(p => p != "ALL" && !p.StartsWith('%') && !p.StartsWith('#') && !p.StartsWith('+'));
        var namedGroups = principals.Where(p => p.StartsWith('%') && !p.StartsWith("%#", StringComparison.Ordinal) && !p.StartsWith("%:", StringComparison.Ordinal)).Select(p => p[1..]);
        var accounts = await AccountDatabase.ReadAsync(transport, users.Concat(named), groups.Concat(namedGroups), cancellationToken).ConfigureAwait(false);
        return new SudoSurvey(transport, accounts, tree);
    }

    /// <summary>What <c>sudo -ll -U user</c> reports on this host.</summary>
    public Task<SudoListing> ListAsync(string user, CancellationToken cancellationToken) =>
        SudoListProbe.ReadAsync(transport, user, cancellationToken);

    /// <summary>
    /// The accounts a principal names (user, <c>%group</c>, <c>%#gid</c>, <c>#uid</c>, <c>ALL</c>); null when it cannot
    /// be resolved (netgroups, non-Unix groups, a group the host does not resolve by name). A user name is returned as
    /// written; <see cref="Unresolvable"/> tells whether the host resolves it.
    /// </summary>
    public IReadOnlyList<string>? Resolve(string principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var p = principal.TrimStart('!');
        if (p == "ALL")
        {
            return [.. Accounts.Accounts.Select(a => a.Name)];
        }

        if (p.StartsWith("%#", StringComparison.Ordinal))
        {
            var group = Accounts.Groups.FirstOrDefault(g => $"%#{g.Gid}" == p);
            return group is null ? [] : Accounts.MembersOf(group.Name);
        }

        if (p.StartsWith("%:", StringComparison.Ordinal) || p.StartsWith('+'))
        {
            return null;
        }

        if (p.StartsWith('%'))
        {
            return Accounts.GroupExists(p[1..]) ? Accounts.MembersOf(p[1..]) : null;
        }

        if (p.StartsWith('#'))
        {
            return [.. Accounts.Accounts.Where(a => $"#{a.Uid}" == p).Select(a => a.Name)];
        }

        return [p];
    }

    /// <summary>True when the principal is an account or group name that the host could not resolve by name.</summary>
    public bool Unresolvable(string principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var p = principal.TrimStart('!');
        return p.StartsWith('%') ? Accounts.UnresolvedGroups.Contains(p[1..]) || !Accounts.GroupExists(p[1..]) && !p.StartsWith("%#", StringComparison.Ordinal) && !p.StartsWith("%:", StringComparison.Ordinal)
            : Accounts.UnresolvedUsers.Contains(p);
    }

    /// <summary>The rules of every file that name <paramref name="user"/> (directly, through a group, or ALL).</summary>
    public IEnumerable<SudoersRule> RulesFor(string user) =>
        Tree.Rules.Where(r => r.Principals.Any(p => !p.StartsWith('!') && (Resolve(p)?.Contains(user) ?? false)));
}
