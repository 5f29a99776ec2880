namespace Compliance.Probes.Network;

/// <summary>The class words the scan scripts print, and the word shown for each class in evidence.</summary>
public static class PortClassWords
{
    private const string SendFailPrefix = "sendfail-";
    private const string LocalPrefix = "local-";
    private const string UnwatchedPrefix = "unwatched-";

    private static readonly Dictionary<string, PortClass> Known = new(StringComparer.Ordinal)
    {
        ["connected"] = PortClass.Connected,
        ["refused"] = PortClass.Refused,
        ["unreachable"] = PortClass.Unreachable,
        ["prohibited"] = PortClass.Prohibited,
        ["timedout"] = PortClass.TimedOut,
        ["answered"] = PortClass.Answered,
        ["icmp-refused"] = PortClass.IcmpRefused,
        ["icmp-unreachable"] = PortClass.IcmpUnreachable,
        ["silent"] = PortClass.Silent,
    };

    /// <summary>The class of a word; a word nobody defined is <see cref="PortClass.Error"/>, never a class a policy could accept.</summary>
    public static PortClass Parse(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Known.TryGetValue(word, out var cls) ? cls
            : Prefixed(word, SendFailPrefix) ? PortClass.SendFailed
            : Prefixed(word, LocalPrefix) ? PortClass.BlockedOnVantage
            : Prefixed(word, UnwatchedPrefix) ? PortClass.Unattributed
            : PortClass.Error;
    }

    /// <summary>
    /// True for the classes that show the vantage, not the network, stopped the packet (or that cannot tell which): a deny
    /// check that sees them has not established that the network blocks the path.
    /// </summary>
    public static bool IsNotTheNetwork(this PortClass cls) => cls is PortClass.BlockedOnVantage or PortClass.SendFailed or PortClass.Unattributed;

    private static bool Prefixed(string word, string prefix) => word.StartsWith(prefix, StringComparison.Ordinal) && word.Length > prefix.Length;

    /// <summary>The word a script prints for the class (<c>sendfail</c>, <c>local</c>, <c>unwatched</c> and <c>error</c> without what follows them).</summary>
    public static string Describe(this PortClass cls) => cls switch
    {
        PortClass.Connected => "connected",
        PortClass.Refused => "refused",
        PortClass.Unreachable => "unreachable",
        PortClass.Prohibited => "prohibited",
        PortClass.TimedOut => "timedout",
        PortClass.Answered => "answered",
        PortClass.IcmpRefused => "icmp-refused",
        PortClass.IcmpUnreachable => "icmp-unreachable",
        PortClass.SendFailed => "sendfail",
        PortClass.BlockedOnVantage => "local",
        PortClass.Unattributed => "unwatched",
        PortClass.Silent => "silent",
        _ => "error",
    };
}
