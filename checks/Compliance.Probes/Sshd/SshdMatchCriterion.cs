namespace Compliance.Probes.Sshd;

/// <summary>One criterion of a Match line: its keyword (lower case: user, group, host, address, localaddress, localport, rdomain, all) and its pattern list.</summary>
public sealed record SshdMatchCriterion(string Keyword, string Patterns)
{
    /// <summary>The criterion as written in sshd_config(5) spelling.</summary>
    public override string ToString() => Keyword == "all" ? "All" : $"{Spelling(Keyword)} {Patterns}";

    private static string Spelling(string keyword) => keyword switch
    {
        "user" => "User",
        "group" => "Group",
        "host" => "Host",
        "address" => "Address",
        "localaddress" => "LocalAddress",
        "localport" => "LocalPort",
        "rdomain" => "RDomain",
        _ => keyword,
    };
}
