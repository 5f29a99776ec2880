namespace Compliance.Probes.Sshd;

/// <summary>A Match block of sshd's configuration: where it stands and its criteria (all of which must hold).</summary>
public sealed record SshdMatchBlock(string File, int Line, IReadOnlyList<SshdMatchCriterion> Criteria)
{
    /// <summary>The file and line of the Match line.</summary>
    public string Where => $"{File}:{Line}";

    /// <summary>The value of a criterion (its pattern list), or null when the block does not name it.</summary>
    public string? Criterion(string keyword) => Criteria.FirstOrDefault(c => c.Keyword == keyword)?.Patterns;

    /// <summary>The Match line and where it stands.</summary>
    public override string ToString() => $"Match {string.Join(' ', Criteria)} ({Where})";

    /// <summary>
    /// True when the connection satisfies every criterion; <paramref name="groupsOf"/> gives the groups of an account.
    /// A criterion this reading cannot evaluate (RDomain, an unknown keyword) does not hold.
    /// </summary>
    public bool Applies(SshdConnection connection, Func<string, IReadOnlyList<string>> groupsOf)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(groupsOf);
        return Criteria.All(c => c.Keyword switch
        {
            "all" => true,
            "user" => SshdPattern.Matches(c.Patterns, connection.User),
            "group" => groupsOf(connection.User).Any(g => SshdPattern.Matches(c.Patterns, g)),
            "host" => SshdPattern.Matches(c.Patterns, connection.Host, ignoreCase: true),
            "address" => SshdPattern.Matches(c.Patterns, connection.Address, address: true),
            "localaddress" => connection.LocalAddress is { } l && SshdPattern.Matches(c.Patterns, l, address: true),
            "localport" => connection.LocalPort is { } p && SshdPattern.Matches(c.Patterns, p.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => false,
        });
    }
}
