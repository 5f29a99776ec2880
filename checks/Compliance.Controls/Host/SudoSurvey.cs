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

    /// <summary>Groups whose members hold root by Debian and common convention.</summary>
    public static IReadOnlyList<string> AdminGroups { get; } = ["sudo", "admin", "wheel"];

    /// <summary>Reads accounts and sudoers from the host.</summary>
    public static async Task<SudoSurvey> ReadAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var accounts = await AccountDatabase.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
        var tree = await SudoersTree.ReadAsync(transport, cancellationToken).ConfigureAwait(false);
        return new SudoSurvey(transport, accounts, tree);
    }

    /// <summary>What <c>sudo -ll -U user</c> reports on this host.</summary>
    public Task<SudoListing> ListAsync(string user, CancellationToken cancellationToken) =>
        SudoListProbe.ReadAsync(transport, user, cancellationToken);

    /// <summary>The accounts a principal names (user, <c>%group</c>, <c>%#gid</c>, <c>#uid</c>, <c>ALL</c>); null when it cannot be resolved (netgroups, non-Unix groups).</summary>
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
            return Accounts.MembersOf(p[1..]);
        }

        if (p.StartsWith('#'))
        {
            return [.. Accounts.Accounts.Where(a => $"#{a.Uid}" == p).Select(a => a.Name)];
        }

        return [p];
    }

    /// <summary>The rules of every file that name <paramref name="user"/> (directly, through a group, or ALL).</summary>
    public IEnumerable<SudoersRule> RulesFor(string user) =>
        Tree.Rules.Where(r => r.Principals.Any(p => !p.StartsWith('!') && (Resolve(p)?.Contains(user) ?? false)));
}
