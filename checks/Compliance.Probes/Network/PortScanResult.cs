namespace Compliance.Probes.Network;

/// <summary>
/// What a scan of many ports saw: one group per class word, with the ports of every class that was not silent (connected,
/// refused, unreachable, prohibited, answered, icmp-*, sendfail-*, error:*) and the count of every class including the silent
/// ones (timedout / silent).
/// </summary>
public sealed record PortScanResult(string Target, string Protocol, IReadOnlyList<PortGroup> Groups, int Total, string Raw)
{
    /// <summary>Packets the vantage's interfaces dropped (sent or received) during the scan (-1 unknown): a lost SYN or answer would read as "blocked".</summary>
    public int KernelDrops { get; init; }

    /// <summary>
    /// True when the probe watched its own packets leave the vantage, so a port blocked on the vantage itself reads
    /// <see cref="PortClass.BlockedOnVantage"/>; false when it could not (then blocked ports read <see cref="PortClass.Unattributed"/>).
    /// </summary>
    public bool WireWatched { get; init; }

    /// <summary>The ports the vantage itself stopped, or whose block cannot be told from one (see <see cref="PortClassWords.IsNotTheNetwork"/>).</summary>
    public IReadOnlyList<int> PortsNotBlockedByTheNetwork => [.. Groups.Where(g => g.Class.IsNotTheNetwork()).SelectMany(g => g.Ports).Distinct().Order()];

    /// <summary>How many ports the vantage itself stopped, or whose block cannot be told from one.</summary>
    public int CountNotBlockedByTheNetwork => Groups.Where(g => g.Class.IsNotTheNetwork()).Sum(g => g.Count);

    /// <summary>The ports of one class, in order.</summary>
    public IReadOnlyList<int> PortsOf(PortClass cls) => [.. Groups.Where(g => g.Class == cls).SelectMany(g => g.Ports).Distinct().Order()];

    /// <summary>How many ports fell into one class.</summary>
    public int CountOf(PortClass cls) => Groups.Where(g => g.Class == cls).Sum(g => g.Count);

    /// <summary>The class one port fell into (<paramref name="silentClass"/> when it is listed nowhere).</summary>
    public PortClass ClassOf(int port, PortClass silentClass) => OutcomeOf(port, silentClass).Class;

    /// <summary>The class and printed word of one port (<paramref name="silentClass"/> and its word when it is listed nowhere).</summary>
    public PortOutcome OutcomeOf(int port, PortClass silentClass) =>
        Groups.FirstOrDefault(g => g.Ports.Contains(port)) is { } g ? new PortOutcome(g.Class, g.Word) : new PortOutcome(silentClass, silentClass.Describe());

    /// <summary>The words, as printed, of the groups of one class.</summary>
    public IReadOnlyList<string> WordsOf(PortClass cls) => [.. Groups.Where(g => g.Class == cls).Select(g => g.Word)];

    /// <summary>"connected=2 timedout=65533" style summary.</summary>
    public string Summary => string.Join(' ', Groups.OrderBy(g => g.Word, StringComparer.Ordinal).Select(g => $"{g.Word}={g.Count}"));
}
