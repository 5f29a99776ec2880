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
    public static async Task<PortScanResult> ScanAsync(ITransport vantage, string target, string ports, double waitSeconds = 1.0, CancellationToken cancellationToken = default)
    {
        var first = await PassAsync(vantage, target, ports, waitSeconds, FirstPassRate, cancellationToken).ConfigureAwait(false);
        if (first.KernelDrops == 0)
        {
            return first;
        }

        var second = await PassAsync(vantage, target, ports, waitSeconds, FirstPassRate / 8, cancellationToken).ConfigureAwait(false);
        if (second.KernelDrops != 0)
        {
            throw new ProbeException($"the interfaces of {vantage.HostName} dropped packets during two UDP probes of {target}: a lost answer would read as blocked (answered so far: {PortRanges.Format(first.PortsOf(PortClass.Answered).Union(second.PortsOf(PortClass.Answered)))})");
        }

        return first.PortsOf(PortClass.Answered).Count > 0 ? first : second;
    }

    private static async Task<PortScanResult> PassAsync(ITransport vantage, string target, string ports, double waitSeconds, int rate, CancellationToken ct)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "udpscan.py", TimeSpan.FromSeconds(90), ct,
            target, ports, waitSeconds.ToString("0.###", CultureInfo.InvariantCulture), rate.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return PortScanParser.Parse(target, "udp", output);
    }
}
