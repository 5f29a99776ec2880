using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// TCP connect scan run on the vantage itself: thousands of parallel non-blocking connects started at a steady rate, each
/// given one drop timeout; classes connected, refused (RST), unreachable (ICMP), timedout (dropped), and local-* for a port the
/// vantage itself stopped (its packet filter or routes: the script watches its SYNs leave through a packet socket).
/// When the vantage's interfaces dropped packets during a scan of any size (an overloaded machine: the receive backlog overflows), a
/// SYN or its answer may have been lost before any firewall saw it: the scan is repeated at an eighth of the rate, ports
/// open in either pass are open, and if packets were dropped again the probe fails (the fact is not established).
/// </summary>
public static class TcpScanner
{
    /// <summary>Parallel connects in flight at most (bounded by the vantage's open-file limit).</summary>
    public const int DefaultWindow = 19000;

    /// <summary>Connects started per second.</summary>
    public const int DefaultRate = 20000;

    /// <summary>Scans <paramref name="ports"/> of <paramref name="target"/> from <paramref name="vantage"/>.</summary>
    public static async Task<PortScanResult> ScanAsync(ITransport vantage, string target, string ports, double dropTimeoutSeconds = 1.0, CancellationToken cancellationToken = default) =>
        (await ScanManyAsync(vantage, [target], ports, dropTimeoutSeconds, cancellationToken).ConfigureAwait(false))[target];

    /// <summary>
    /// Scans <paramref name="ports"/> of every one of <paramref name="targets"/> (one address family) from <paramref name="vantage"/> in one
    /// run of the script, the connects interleaved across the targets; keyed as <paramref name="targets"/> name them.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, PortScanResult>> ScanManyAsync(ITransport vantage, IReadOnlyList<string> targets, string ports, double dropTimeoutSeconds = 1.0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var first = await PassAsync(vantage, targets, ports, dropTimeoutSeconds, DefaultRate, cancellationToken).ConfigureAwait(false);
        var firstDrops = first.Values.First().KernelDrops;
        if (firstDrops == 0)
        {
            return first;
        }

        var second = await PassAsync(vantage, targets, ports, dropTimeoutSeconds, DefaultRate / 8, cancellationToken).ConfigureAwait(false);
        var merged = targets.ToDictionary(t => t, t => Merge(first[t], second[t]), StringComparer.Ordinal);
        var secondDrops = second.Values.First().KernelDrops;
        if (secondDrops == 0)
        {
            return merged;
        }

        var open = merged.Values.Where(r => r.PortsOf(PortClass.Connected).Count > 0).Select(r => $"{r.Target} {PortRanges.Format(r.PortsOf(PortClass.Connected))}");
        throw new ProbeException($"the interfaces of {vantage.HostName} dropped {firstDrops} and {secondDrops} packets during two scans of {string.Join(", ", targets)}: a lost SYN or answer would read as blocked (open so far: {string.Join("; ", open.DefaultIfEmpty("none"))})");
    }

    private static async Task<IReadOnlyDictionary<string, PortScanResult>> PassAsync(ITransport vantage, IReadOnlyList<string> targets, string ports, double timeout, int rate, CancellationToken ct)
    {
        var count = PortRanges.Parse(ports).Count * targets.Count;
        // Watching its own SYNs leave costs the scan about half again its CPU: the budget allows for a loaded machine.
        var budget = TimeSpan.FromSeconds(60 + (count / (double)rate * 8) + timeout);
        var output = await ProbeScripts.RunPythonAsync(vantage, "tcpscan.py", budget, ct,
            string.Join(',', targets), ports, timeout.ToString("0.###", CultureInfo.InvariantCulture), DefaultWindow.ToString(CultureInfo.InvariantCulture), rate.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return PortScanParser.ParseMany(targets, "tcp", output);
    }

    /// <summary>Two passes over the same ports: a port answered in either pass keeps that answer.</summary>
    private static PortScanResult Merge(PortScanResult a, PortScanResult b)
    {
        var connected = a.PortsOf(PortClass.Connected).Union(b.PortsOf(PortClass.Connected)).ToHashSet();
        var listed = a.Groups.Concat(b.Groups).Where(g => g.Class != PortClass.TimedOut).GroupBy(g => g.Word, StringComparer.Ordinal)
            .Select(words =>
            {
                var cls = words.First().Class;
                IReadOnlyList<int> ports = [.. words.SelectMany(g => g.Ports).Distinct().Where(p => cls == PortClass.Connected || !connected.Contains(p)).Order()];
                return new PortGroup(cls, words.Key, ports, ports.Count);
            })
            .ToList();
        var answered = listed.SelectMany(g => g.Ports).Distinct().Count();
        List<PortGroup> groups = [.. listed, new PortGroup(PortClass.TimedOut, PortClass.TimedOut.Describe(), [], a.Total - answered)];
        return new PortScanResult(a.Target, a.Protocol, groups, a.Total, $"{a.Raw}\n-- second pass --\n{b.Raw}") { KernelDrops = b.KernelDrops, WireWatched = a.WireWatched && b.WireWatched };
    }
}
