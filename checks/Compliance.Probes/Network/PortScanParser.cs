using System.Globalization;

namespace Compliance.Probes.Network;

/// <summary>Parses the compact output of the TCP and UDP scan scripts.</summary>
public static class PortScanParser
{
    /// <summary>Parses; throws <see cref="ProbeException"/> when the output is incomplete or inconsistent.</summary>
    public static PortScanResult Parse(string target, string protocol, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var ports = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = -1;
        var wire = false;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
                case "wire":
                    wire = parts.Length > 1 && parts[1] == "seen";
                    break;
                case "interface_drops":
                    counts["interface_drops"] = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    break;
                default:
                    ports[parts[0]] = parts.Length > 1 ? PortRanges.Parse(parts[1]) : [];
                    break;
            }
        }

        var dropped = counts.Remove("interface_drops", out var d) ? d : 0;
        if (total < 0 || counts.Values.Sum() != total)
        {
            throw new ProbeException($"{protocol} scan of {target} returned incomplete output: {output.Trim()}");
        }

        var groups = counts.Keys.Union(ports.Keys)
            .Select(word => new PortGroup(PortClassWords.Parse(word), word, ports.TryGetValue(word, out var p) ? p : [], counts.TryGetValue(word, out var n) ? n : 0))
            .ToList();
        return new PortScanResult(target, protocol, groups, total, output.Trim()) { KernelDrops = dropped, WireWatched = wire };
    }
}
