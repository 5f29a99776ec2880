namespace Compliance.Probes.Network;

/// <summary>
/// What a scan of many ports saw: the ports of every class that was not silent (connected, refused, unreachable,
/// prohibited, answered, icmp-*) and the count of every class including the silent ones (timedout / silent).
/// </summary>
public sealed record PortScanResult(
    string Target,
    string Protocol,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Ports,
    IReadOnlyDictionary<string, int> Counts,
    int Total,
    string Raw)
{
    /// <summary>Packets the vantage's interfaces dropped (sent or received) during the scan (-1 unknown): a lost SYN or answer would read as "blocked".</summary>
    public int KernelDrops { get; init; }

    /// <summary>The ports of one class.</summary>
    public IReadOnlyList<int> PortsOf(string cls) => Ports.TryGetValue(cls, out var p) ? p : [];

    /// <summary>How many ports fell into one class.</summary>
    public int CountOf(string cls) => Counts.TryGetValue(cls, out var n) ? n : 0;

    /// <summary>The class one port fell into (<paramref name="silentClass"/> when it is listed nowhere).</summary>
    public string ClassOf(int port, string silentClass) =>
        Ports.FirstOrDefault(kv => kv.Value.Contains(port)).Key ?? silentClass;

    /// <summary>"connected=2 timedout=65533" style summary.</summary>
    public string Summary => string.Join(' ', Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
}
