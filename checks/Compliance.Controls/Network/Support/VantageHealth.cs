using Compliance.Controls.Framework;
using Compliance.Core.Transport;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Positive control of a vantage: it runs commands, has a default route and its router answers on the link
/// (ARP, triggered by a datagram to the router; the poll ends as soon as the neighbour entry is valid). A dead vantage, a link down or a missing route makes every deny probe from it meaningless.
/// </summary>
internal static class VantageHealth
{
    private const string Script = """
        gw=$(ip -4 route show default | awk '{for (i = 1; i < NF; i++) if ($i == "via") {print $(i+1); exit}}')
        [ -n "$gw" ] || { echo "no-default-route"; exit 0; }
        for i in 1 2 3 4 5 6 7 8 9 10; do
          state=$(ip neigh show "$gw" | awk '{print $NF}')
          case "$state" in REACHABLE|STALE|DELAY|PERMANENT) echo "alive router $gw answers ARP ($state)"; exit 0;; esac
          (echo probe > "/dev/udp/$gw/9") 2>/dev/null
          sleep 0.3
        done
        echo "router-silent $gw ${state:-no-arp}"
        """;

    public static async Task EnsureAliveAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct)
    {
        var line = await context.Probes.GetAsync($"alive|{vantage}", async ct =>
        {
            var transport = await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false);
            var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "bash", "-c", Script), ct).ConfigureAwait(false);
            return result.StandardOutput.Trim();
        }, ct).ConfigureAwait(false);
        evidence.Record(vantage, "default router", "vantage positive control (route + router on link)", "alive", line);
        if (!line.StartsWith("alive", StringComparison.Ordinal))
        {
            throw new PrerequisiteFailedException($"vantage {vantage} is not usable: {line}");
        }
    }
}
