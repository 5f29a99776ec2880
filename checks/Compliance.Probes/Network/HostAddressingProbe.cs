using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Reads a host's global IPv4 addresses (<c>ip -4 -o addr show scope global</c>) and its route to an address (<c>ip -4 route get</c>).</summary>
public static class HostAddressingProbe
{
    private const string Script = "ip -4 -o addr show scope global | awk '{print \"addr\", $4}'; ip -4 route get \"$1\" | head -1";

    /// <summary>The host's addresses and its route to <paramref name="destination"/>.</summary>
    public static async Task<HostAddressing> ReadAsync(ITransport host, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(15), "bash", "-c", Script, "seg", destination), cancellationToken).ConfigureAwait(false);
        return Parse(result.StandardOutput, destination);
    }

    /// <summary>Parses <c>addr A/LEN</c> lines and the route line (a route naming <c>via</c> goes through a router).</summary>
    public static HostAddressing Parse(string output, string destination)
    {
        ArgumentNullException.ThrowIfNull(output);
        var addresses = output.Split('\n').Where(l => l.StartsWith("addr ", StringComparison.Ordinal)).Select(l => l[5..].Split('/')[0].Trim()).ToList();
        var route = output.Contains(" via ", StringComparison.Ordinal) ? RouteKind.ViaRouter : RouteKind.OnLink;
        return new HostAddressing(addresses, destination, route, output);
    }
}
