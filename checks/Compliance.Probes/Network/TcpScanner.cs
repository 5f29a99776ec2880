using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// TCP connect scan run on the vantage itself: thousands of parallel non-blocking connects, each given one drop
/// timeout; classes connected, refused (RST), unreachable (ICMP), prohibited (local policy), timedout (dropped).
/// </summary>
public static class TcpScanner
{
    /// <summary>Parallel connects in flight (bounded by the vantage's open-file limit).</summary>
    public const int DefaultWindow = 19000;

    /// <summary>Scans <paramref name="ports"/> of <paramref name="target"/> from <paramref name="vantage"/>.</summary>
    public static async Task<PortScanResult> ScanAsync(ITransport vantage, string target, string ports, double dropTimeoutSeconds = 1.0, CancellationToken cancellationToken = default)
    {
        var count = PortRanges.Parse(ports).Count;
        var budget = TimeSpan.FromSeconds(30 + (count / 2000.0 * dropTimeoutSeconds));
        var output = await ProbeScripts.RunPythonAsync(vantage, "tcpscan.py", budget, cancellationToken,
            target, ports, dropTimeoutSeconds.ToString("0.###", CultureInfo.InvariantCulture), DefaultWindow.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return PortScanParser.Parse(target, "tcp", output);
    }
}
