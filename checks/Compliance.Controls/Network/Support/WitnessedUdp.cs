using Compliance.Controls.Framework;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>A UDP probe of some ports of one target address with the target watching (<see cref="UdpWitness"/>): what came back
/// to the vantage, and which datagrams reached the target's UDP layer.</summary>
internal sealed record WitnessedUdpScan(PortScanResult Scan, IReadOnlySet<(string Address, int Port)> Arrived)
{
    public bool ArrivedAt(string address, int port) => Arrived.Contains((HostAddress.Normalize(address), port));
}

/// <summary>UDP probes decided on the target, cached per run (the witness must watch the probe itself, so both are one cache entry).</summary>
internal static class WitnessedUdp
{
    public static Task<WitnessedUdpScan> ScanAsync(CheckContext context, string vantage, IReadOnlyList<string> vantageAddresses, string target, string address, string ports, CancellationToken ct) =>
        context.Probes.GetAsync($"udp-witnessed|{vantage}|{target}|{address}|{ports}", async ct =>
        {
            var targetTransport = await Hosts.TransportAsync(context, target, ct).ConfigureAwait(false);
            var vantageTransport = await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false);
            PortScanResult? scan = null;
            var arrived = await UdpWitness.WatchAsync(targetTransport, vantageAddresses,
                async () => scan = await UdpScanner.ScanAsync(vantageTransport, address, ports, 1.0, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            return new WitnessedUdpScan(scan!, arrived);
        }, ct);
}
