using System.Globalization;
using System.Net;

namespace Compliance.Probes.Network;

/// <summary>
/// Parses the compact output of the TCP and UDP scan scripts: per target (after a <c>target ADDRESS</c> line, or the
/// whole output for one target) the ports of each class and the count of every class; then the lines that concern
/// the whole run (interface drops, the wire watcher's state, elapsed time).
/// </summary>
public static class PortScanParser
{
    /// <summary>Parses the output of a scan of one target; throws <see cref="ProbeException"/> when it is incomplete or inconsistent.</summary>
    public static PortScanResult Parse(string target, string protocol, string output) =>
        ParseMany([target], protocol, output)[target];

    /// <summary>Parses the output of a scan of several targets, keyed as <paramref name="targets"/> name them; every target must have its complete section.</summary>
    public static IReadOnlyDictionary<string, PortScanResult> ParseMany(IReadOnlyList<string> targets, string protocol, string output)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var drops = 0;
        var wire = false;
        var run = new List<string>();
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = targets.Count == 1 && !lines.Any(l => l.StartsWith("target ", StringComparison.Ordinal)) ? sections[targets[0]] = [] : null;
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "target":
                    current = sections[Key(targets, parts[1])] = [];
                    run.Add(line);
                    continue;
                case "interface_drops":
                    drops = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    run.Add(line);
                    continue;
                case "wire":
                    wire = parts.Length > 1 && parts[1] == "seen";
                    run.Add(line);
                    continue;
                case "elapsed":
                    run.Add(line);
                    continue;
            }

            (current ?? throw new ProbeException($"{protocol} scan output names no target before: {line}")).Add(line);
        }

        var results = new Dictionary<string, PortScanResult>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var section = sections.TryGetValue(target, out var s) ? s : throw new ProbeException($"{protocol} scan of {target} returned no result for it: {Excerpt(output)}");
            var raw = string.Join('\n', targets.Count == 1 ? lines : [$"target {target}", .. section, .. run.Where(l => !l.StartsWith("target ", StringComparison.Ordinal))]);
            results[target] = Section(target, protocol, section, raw) with { KernelDrops = drops, WireWatched = wire };
        }

        return results;
    }

    private static PortScanResult Section(string target, string protocol, List<string> lines, string raw)
    {
        var ports = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = -1;
        foreach (var parts in lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            switch (parts[0])
            {
                case "counts":
                    foreach (var kv in parts.Skip(1).Select(p => p.Split('=', 2)))
                    {
                        counts[kv[0]] = int.Parse(kv[1], CultureInfo.InvariantCulture);
                    }

                    break;
                case "total":
                    total = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    break;
                default:
                    ports[parts[0]] = parts.Length > 1 ? PortRanges.Parse(parts[1]) : [];
                    break;
            }
        }

        if (total < 0 || counts.Values.Sum() != total)
        {
            throw new ProbeException($"{protocol} scan of {target} returned incomplete output: {raw}");
        }

        var groups = counts.Keys.Union(ports.Keys)
            .Select(word => new PortGroup(PortClassWords.Parse(word), word, ports.TryGetValue(word, out var p) ? p : [], counts.TryGetValue(word, out var n) ? n : 0))
            .ToList();
        return new PortScanResult(target, protocol, groups, total, raw);
    }

    /// <summary>The requested target the script's canonical address names (the same address, perhaps written otherwise).</summary>
    private static string Key(IReadOnlyList<string> targets, string printed) =>
        targets.FirstOrDefault(t => t == printed || (IPAddress.TryParse(t, out var a) && IPAddress.TryParse(printed, out var b) && a.Equals(b)))
        ?? throw new ProbeException($"the scan answered for {printed}, which was not asked for");

    private static string Excerpt(string output) => output.Length <= 2000 ? output.Trim() : output[..2000] + " ...";
}
