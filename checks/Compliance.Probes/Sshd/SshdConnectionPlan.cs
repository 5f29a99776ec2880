using System.Globalization;

namespace Compliance.Probes.Sshd;

/// <summary>
/// Plans the connections whose effective sshd settings are read: for every Match block, a connection that satisfies
/// its criteria (an ordinary account and, when the block can apply to it, root), and every account from every source.
/// </summary>
public static class SshdConnectionPlan
{
    private static readonly string[] Understood = ["all", "user", "group", "host", "address", "localaddress", "localport"];

    /// <summary>Builds the plan; the server listens on <paramref name="localAddress"/>:<paramref name="localPort"/>.</summary>
    public static SshdPlan Build(SshdConfiguration configuration, IReadOnlyList<SshdAccount> accounts, IReadOnlyList<SshdSource> sources, string localAddress, int localPort)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(localAddress);
        if (accounts.Count == 0 || sources.Count == 0)
        {
            throw new ArgumentException("an sshd evaluation plan needs at least one account and one source");
        }

        var planned = new List<SshdPlannedConnection>();
        var unsatisfiable = new List<string>();
        var unevaluated = new List<string>();
        foreach (var block in configuration.MatchBlocks)
        {
            if (block.Criteria.FirstOrDefault(c => !Understood.Contains(c.Keyword)) is { } unknown)
            {
                unevaluated.Add($"{block}: the criterion {unknown.Keyword} cannot be evaluated");
                continue;
            }

            var connections = ForBlock(block, accounts, sources, localAddress, localPort);
            if (connections.Count == 0)
            {
                unsatisfiable.Add($"{block}: no account and address satisfy it");
            }

            planned.AddRange(connections.Select(c => new SshdPlannedConnection(c, $"{block}")));
        }

        foreach (var account in accounts)
        {
            foreach (var source in sources)
            {
                planned.Add(new SshdPlannedConnection(new SshdConnection(account.Name, source.Address, source.Address, localAddress, localPort), $"{account.Name} from {source.Name} ({source.Address})"));
            }
        }

        return new SshdPlan([.. planned.DistinctBy(p => p.Connection.Specification, StringComparer.Ordinal)], unsatisfiable, unevaluated);
    }

    /// <summary>Connections that satisfy every criterion of the block: none when no account, name or address can.</summary>
    public static IReadOnlyList<SshdConnection> ForBlock(SshdMatchBlock block, IReadOnlyList<SshdAccount> accounts, IReadOnlyList<SshdSource> sources, string localAddress, int localPort)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(sources);
        var users = Users(block, accounts);
        var address = Pick(block.Criterion("address"), sources.Select(s => s.Address), "1", address: true) ?? (block.Criterion("address") is null ? sources[0].Address : null);
        var host = block.Criterion("host") is { } hosts ? Pick(hosts, [], "x", ignoreCase: true) : address;
        var local = Pick(block.Criterion("localaddress"), [localAddress], "1", address: true) ?? (block.Criterion("localaddress") is null ? localAddress : null);
        var portText = Pick(block.Criterion("localport"), [localPort.ToString(CultureInfo.InvariantCulture)], "2") ?? (block.Criterion("localport") is null ? localPort.ToString(CultureInfo.InvariantCulture) : null);
        if (users.Count == 0 || address is null || host is null || local is null || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return [];
        }

        var groups = accounts.ToDictionary(a => a.Name, a => a.Groups, StringComparer.Ordinal);
        IReadOnlyList<string> GroupsOf(string user) => groups.TryGetValue(user, out var g) ? g : [];
        return [.. users.Select(u => new SshdConnection(u, host, address, local, port)).Where(c => block.Applies(c, GroupsOf))];
    }

    /// <summary>An ordinary account the block's User and Group criteria admit, and root when they admit it.</summary>
    private static List<string> Users(SshdMatchBlock block, IReadOnlyList<SshdAccount> accounts)
    {
        var userPatterns = block.Criterion("user");
        var groupPatterns = block.Criterion("group");
        var eligible = accounts.Where(a => (userPatterns is null || SshdPattern.Matches(userPatterns, a.Name))
            && (groupPatterns is null || a.Groups.Any(g => SshdPattern.Matches(groupPatterns, g)))).Select(a => a.Name).ToList();
        if (eligible.Count == 0)
        {
            // A user pattern naming no known account still applies to that name (sshd matches names, not accounts);
            // a group needs a member.
            return groupPatterns is null && Pick(userPatterns, [], "x") is { } named ? [named] : [];
        }

        var users = eligible.Where(u => u != "root").Take(1).ToList();
        if (eligible.Contains("root"))
        {
            users.Add("root");
        }

        return users;
    }

    /// <summary>The first candidate the pattern list admits, else the first instance of its plain entries it admits; null when none or no list.</summary>
    private static string? Pick(string? patterns, IEnumerable<string> candidates, string fill, bool address = false, bool ignoreCase = false)
    {
        if (patterns is null)
        {
            return null;
        }

        return candidates.Concat(SshdPattern.Positive(patterns).Select(e => SshdPattern.Instance(e, fill)))
            .FirstOrDefault(v => SshdPattern.Matches(patterns, v, address, ignoreCase));
    }
}
