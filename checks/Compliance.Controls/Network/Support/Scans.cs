using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>Cached scans and socket tables of one run.</summary>
internal static class Scans
{
    /// <summary>Exhaustive scans (TCP or UDP, more than 1000 ports) running at once, at most.</summary>
    /// <remarks>
    /// Each scan sends about 20,000 packets a second. In the lab every host shares one machine's CPUs and receive backlog:
    /// more floods at once than this make the backlog overflow, the scanner then sees drops and repeats its pass slowly.
    /// </remarks>
    public const int ConcurrentExhaustiveScans = 3;

    private static readonly SemaphoreSlim Heavy = new(ConcurrentExhaustiveScans, ConcurrentExhaustiveScans);

    public static Task<PortScanResult> TcpAsync(CheckContext context, string vantage, string target, string ports, CancellationToken ct, double timeout = 1.0) =>
        ProbeCache.For(context).GetAsync($"tcp|{vantage}|{target}|{ports}|{timeout}", async () =>
            await GatedAsync(ports, async () => await TcpScanner.ScanAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), target, ports, timeout, ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    public static Task<PortScanResult> UdpAsync(CheckContext context, string vantage, string target, string ports, CancellationToken ct) =>
        ProbeCache.For(context).GetAsync($"udp|{vantage}|{target}|{ports}", async () =>
            await GatedAsync(ports, async () => await UdpScanner.ScanAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), target, ports, 1.0, ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    /// <summary>Runs a scan; one of more than 1000 ports waits for its turn among the exhaustive scans.</summary>
    private static async Task<PortScanResult> GatedAsync(string ports, Func<Task<PortScanResult>> scan, CancellationToken ct)
    {
        if (PortRanges.Parse(ports).Count <= 1000)
        {
            return await scan().ConfigureAwait(false);
        }

        await Heavy.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await scan().ConfigureAwait(false);
        }
        finally
        {
            Heavy.Release();
        }
    }

    public static Task<IReadOnlyList<ListeningSocket>> ListeningAsync(CheckContext context, string host, CancellationToken ct) =>
        ProbeCache.For(context).GetAsync($"ss|{host}", async () =>
            await ListeningSocketReader.ReadAsync(await Hosts.TransportAsync(context, host, ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    /// <summary>The TCP ports a host serves to the network on each of its inventory addresses (loopback-only sockets excluded).</summary>
    public static async Task<IReadOnlyList<(string Address, IReadOnlyList<int> Ports)>> TcpServicesAsync(CheckContext context, HostEntry host, CancellationToken ct)
    {
        var sockets = await ListeningAsync(context, host.Name, ct).ConfigureAwait(false);
        return [.. host.Addresses.Select(a => (a, (IReadOnlyList<int>)[.. sockets.Where(s => s.Protocol == "tcp" && !s.LoopbackOnly && s.ServesAddress(a)).Select(s => s.Port).Distinct().Order()]))];
    }
}
