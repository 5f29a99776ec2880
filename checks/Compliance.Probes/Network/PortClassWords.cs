namespace Compliance.Probes.Network;

/// <summary>The class words the scan scripts print, and the word shown for each class in evidence.</summary>
public static class PortClassWords
{
    private const string SendFailPrefix = "sendfail-";

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
            : word.StartsWith(SendFailPrefix, StringComparison.Ordinal) && word.Length > SendFailPrefix.Length ? PortClass.SendFailed
            : PortClass.Error;
    }

    /// <summary>The word a script prints for the class (<c>sendfail</c> and <c>error</c> without the errno they carry).</summary>
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
        PortClass.Silent => "silent",
        _ => "error",
    };
}
