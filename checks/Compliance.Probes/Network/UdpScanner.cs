using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// UDP probe run on the vantage: one datagram to every port, then classes answered, icmp-refused / icmp-unreachable
/// (read from the socket's error queue), silent, and sendfail-* / local-* for a port the vantage itself stopped. ICMP errors are rate-limited by routers, so silence is the usual "blocked".
/// When the vantage's interfaces dropped packets meanwhile (in a probe of any size), an answer may have been lost: the probe is repeated once at an eighth of the rate,
/// answers of either pass count, and a second pass with drops fails the probe.
/// </summary>
public static class UdpScanner
{
    /// <summary>Datagrams per second of the first pass; a repeated pass after drops sends at an eighth of it.</summary>
    private const int FirstPassRate = 20000;

    /// <summary>Probes <paramref name="ports"/> of <paramref name="target"/> from <paramref name="vantage"/>.</summary>
    public static async Task<PortScanResult> ScanAsync(ITransport vantage, string target, string ports, double waitSeconds = 1.0, CancellationToken cancellationToken = default) =>
        (await ScanManyAsync(vantage, [target], ports, waitSeconds, cancellationToken).ConfigureAwait(false))[target];

    /// <summary>
    /// Probes <paramref name="ports"/> of every one of <paramref name="targets"/> (one address family) from <paramref name="vantage"/> in one
    /// run of the script, the datagrams interleaved across the targets; keyed as <paramref name="targets"/> name them.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, PortScanResult>> ScanManyAsync(ITransport vantage, IReadOnlyList<string> targets, string ports, double waitSeconds = 1.0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var first = await PassAsync(vantage, targets, ports, waitSeconds, FirstPassRate, cancellationToken).ConfigureAwait(false);
        if (first.Values.First().KernelDrops == 0)
        {
            return first;
        }

        var second = await PassAsync(vantage, targets, ports, waitSeconds, FirstPassRate / 8, cancellationToken).ConfigureAwait(false);
        if (second.Values.First().KernelDrops != 0)
        {
            var answered = targets.Select(t => (t, Ports: first[t].PortsOf(PortClass.Answered).Union(second[t].PortsOf(PortClass.Answered)).ToList()))
                .Where(a => a.Ports.Count > 0).Select(a => $"{a.t} {PortRanges.Format(a.Ports)}");
            throw new ProbeException($"the interfaces of {vantage.HostName} dropped packets during two UDP probes of {string.Join(", ", targets)}: a lost answer would read as blocked (answered so far: {string.Join("; ", answered.DefaultIfEmpty("none"))})");
        }

        return targets.ToDictionary(t => t, t => first[t].PortsOf(PortClass.Answered).Count > 0 ? first[t] : second[t], StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyDictionary<string, PortScanResult>> PassAsync(ITransport vantage, IReadOnlyList<string> targets, string ports, double waitSeconds, int rate, CancellationToken ct)
    {
        var count = PortRanges.Parse(ports).Count * targets.Count;
        var output = await ProbeScripts.RunPythonAsync(vantage, "udpscan.py", TimeSpan.FromSeconds(90 + (count / (double)rate * 4)), ct,
            string.Join(',', targets), ports, waitSeconds.ToString("0.###", CultureInfo.InvariantCulture), rate.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return PortScanParser.ParseMany(targets, "udp", output);
    }
}
