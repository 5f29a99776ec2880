using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// UDP probe run on the vantage: one datagram to every port, then classes answered, icmp-refused / icmp-unreachable
/// (read from the socket's error queue), silent. ICMP errors are rate-limited by routers, so silence is the usual "blocked".
/// </summary>
public static class UdpScanner
{
    /// <summary>Probes <paramref name="ports"/> of <paramref name="target"/> from <paramref name="vantage"/>.</summary>
    public static async Task<PortScanResult> ScanAsync(ITransport vantage, string target, string ports, double waitSeconds = 1.0, CancellationToken cancellationToken = default)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "udpscan.py", TimeSpan.FromSeconds(60), cancellationToken,
            target, ports, waitSeconds.ToString("0.###", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return PortScanParser.Parse(target, "udp", output);
    }
}
