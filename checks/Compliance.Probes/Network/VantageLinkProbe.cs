using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Checks that a vantage runs commands, has a default route and that its router answers on the link (ARP, triggered by a
/// datagram to the router; the poll ends as soon as the neighbour entry is valid).
/// </summary>
public static class VantageLinkProbe
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

    /// <summary>The vantage's link state.</summary>
    public static async Task<VantageLink> ReadAsync(ITransport vantage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "bash", "-c", Script), cancellationToken).ConfigureAwait(false);
        return Parse(result.StandardOutput);
    }

    /// <summary>Classifies the probe's line (<c>alive router GW ...</c>, <c>no-default-route</c>, <c>router-silent GW STATE</c>).</summary>
    public static VantageLink Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.FirstOrDefault() switch
        {
            "alive" => new VantageLink(VantageLinkState.Alive, words.Length > 2 ? words[2] : null, line),
            "no-default-route" => new VantageLink(VantageLinkState.NoDefaultRoute, null, line),
            "router-silent" => new VantageLink(VantageLinkState.RouterSilent, words.Length > 1 ? words[1] : null, line),
            _ => new VantageLink(VantageLinkState.Unknown, null, line),
        };
    }
}
