using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Sends one DNS A query from the vantage (UDP or TCP) and classifies the outcome.</summary>
public static class DnsProbe
{
    /// <summary>Queries <paramref name="server"/> for <paramref name="name"/>.</summary>
    public static async Task<DnsAnswer> QueryAsync(ITransport vantage, string server, string name, string protocol = "udp", CancellationToken cancellationToken = default)
    {
        var output = (await ProbeScripts.RunPythonAsync(vantage, "dns.py", TimeSpan.FromSeconds(20), cancellationToken, server, name, protocol, "3").ConfigureAwait(false)).Trim();
        var parts = output.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new DnsAnswer(server, name, protocol, parts.Length > 0 ? parts[0] : "error", parts[0] == "answer" ? [.. parts.Skip(1)] : [], output);
    }
}
