using System.Text.Json;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Reads the addresses a host really has (<c>ip -j addr show</c>): global-scope IPv4 and IPv6, configured or
/// autoconfigured. Loopback (scope host) and link-local (scope link) addresses are left out: they are not routable
/// between segments, so no path across the firewall can reach them.
/// </summary>
public static class HostAddressReader
{
    /// <summary>Runs <c>ip -j addr show</c> on the host and parses it.</summary>
    public static async Task<IReadOnlyList<HostAddress>> ReadAsync(ITransport host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "ip", "-j", "addr", "show"), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new ProbeException($"ip -j addr show on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        return Parse(result.StandardOutput);
    }

    /// <summary>Parses <c>ip -j addr show</c> output; keeps global-scope addresses only.</summary>
    public static IReadOnlyList<HostAddress> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var addresses = new List<HostAddress>();
            foreach (var link in document.RootElement.EnumerateArray())
            {
                var name = link.GetProperty("ifname").GetString() ?? "?";
                if (!link.TryGetProperty("addr_info", out var infos))
                {
                    continue;
                }

                foreach (var info in infos.EnumerateArray())
                {
                    if (info.TryGetProperty("scope", out var scope) && scope.GetString() == "global"
                        && info.TryGetProperty("local", out var local) && local.GetString() is { } address)
                    {
                        addresses.Add(new HostAddress(name, HostAddress.Normalize(address), info.GetProperty("prefixlen").GetInt32()));
                    }
                }
            }

            return addresses;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new ProbeException($"unexpected ip -j addr output: {e.Message}");
        }
    }
}
