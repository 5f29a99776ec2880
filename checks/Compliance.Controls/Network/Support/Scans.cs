using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>Scans and socket tables of one run, cached in the run's probe cache.</summary>
internal static class Scans
{
    /// <summary>A scan of more than this many ports is an exhaustive sweep and waits for the run's sweep gate.</summary>
    public const int SweepThreshold = 1000;

    public static Task<PortScanResult> TcpAsync(CheckContext context, string vantage, string target, string ports, CancellationToken ct, double timeout = 1.0) =>
        context.Probes.GetAsync($"tcp|{vantage}|{target}|{ports}|{timeout}", async ct =>
            await GatedAsync(context, ports, async () => await TcpScanner.ScanAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), target, ports, timeout, ct).ConfigureAwait(false), ct).ConfigureAwait(false), ct);

    public static Task<PortScanResult> UdpAsync(CheckContext context, string vantage, string target, string ports, CancellationToken ct) =>
        context.Probes.GetAsync($"udp|{vantage}|{target}|{ports}", async ct =>
            await GatedAsync(context, ports, async () => await UdpScanner.ScanAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), target, ports, 1.0, ct).ConfigureAwait(false), ct).ConfigureAwait(false), ct);

    /// <summary>
    /// One scan of <paramref name="ports"/> of every one of <paramref name="targets"/> (TCP connects or UDP datagrams) per address
    /// family, keyed by target; gated as a sweep when it sends more than <see cref="SweepThreshold"/> probes.
    /// </summary>
    public static Task<IReadOnlyDictionary<string, PortScanResult>> ManyAsync(CheckContext context, string proto, string vantage, IReadOnlyList<string> targets, string ports, CancellationToken ct, double timeout = 1.0) =>
        context.Probes.GetAsync($"{proto}*|{vantage}|{string.Join(',', targets)}|{ports}|{timeout}", async ct =>
        {
            var transport = await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false);
            var results = new Dictionary<string, PortScanResult>(StringComparer.Ordinal);
            foreach (var family in targets.GroupBy(t => t.Contains(':', StringComparison.Ordinal)))
            {
                IReadOnlyList<string> group = [.. family];
                Task<IReadOnlyDictionary<string, PortScanResult>> ScanAsync() => proto == "tcp"
                    ? TcpScanner.ScanManyAsync(transport, group, ports, timeout, ct)
                    : UdpScanner.ScanManyAsync(transport, group, ports, timeout, ct);
                var scanned = PortRanges.Parse(ports).Count * group.Count <= SweepThreshold ? await ScanAsync().ConfigureAwait(false) : await context.ScanGate.RunAsync(ScanAsync, ct).ConfigureAwait(false);
                foreach (var (target, result) in scanned)
                {
                    results[target] = result;
                }
            }

            return (IReadOnlyDictionary<string, PortScanResult>)results;
        }, ct);

    /// <summary>Runs a scan; one of more than <see cref="SweepThreshold"/> ports waits for its turn at the run's sweep gate.</summary>
    private static Task<PortScanResult> GatedAsync(CheckContext context, string ports, Func<Task<PortScanResult>> scan, CancellationToken ct) =>
        PortRanges.Parse(ports).Count <= SweepThreshold ? scan() : context.ScanGate.RunAsync(scan, ct);

    public static Task<IReadOnlyList<ListeningSocket>> ListeningAsync(CheckContext context, string host, CancellationToken ct) =>
        context.Probes.GetAsync($"ss|{host}", async ct =>
            await ListeningSocketReader.ReadAsync(await Hosts.TransportAsync(context, host, ct).ConfigureAwait(false), ct).ConfigureAwait(false), ct);

    /// <summary>The TCP ports a host serves to the network on each of its inventory addresses (loopback-only sockets excluded).</summary>
    public static async Task<IReadOnlyList<(string Address, IReadOnlyList<int> Ports)>> TcpServicesAsync(CheckContext context, HostEntry host, CancellationToken ct)
    {
        var sockets = await ListeningAsync(context, host.Name, ct).ConfigureAwait(false);
        return [.. host.Addresses.Select(a => (a, (IReadOnlyList<int>)[.. sockets.Where(s => s.Protocol == "tcp" && !s.LoopbackOnly && s.ServesAddress(a)).Select(s => s.Port).Distinct().Order()]))];
    }
}
