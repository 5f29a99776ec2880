using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Requests a URL through the proxy with curl from the client host and classifies who answered.</summary>
public static partial class ProxyProbe
{
    /// <summary>GET <paramref name="url"/> via <c>http://proxy:port</c> (HTTPS URLs go through CONNECT).</summary>
    public static async Task<ProxyAnswer> GetAsync(ITransport client, string proxyAddress, int proxyPort, string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var result = await client.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(30), "curl", "-sS", "-k", "--noproxy", "",
            "-x", string.Create(CultureInfo.InvariantCulture, $"http://{proxyAddress}:{proxyPort}"), "--max-time", "10",
            "-o", "/dev/null", "-D", "-", "-w", "\nRESULT %{http_code} %{http_connect} %{exitcode}\n", url), cancellationToken).ConfigureAwait(false);
        return Classify(url, result.StandardOutput, result.StandardError, result.ExitCode);
    }

    /// <summary>Classifies curl's headers and write-out line.</summary>
    public static ProxyAnswer Classify(string url, string stdout, string stderr, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var m = ResultLine().Match(stdout);
        var http = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var connect = m.Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var squidError = SquidError().Match(stdout) is { Success: true } e ? e.Groups[1].Value.Trim() : "";
        var cls = (exitCode, http, connect, squidError) switch
        {
            (7, _, _, _) => ProxyClass.ProxyUnreachable,
            (28, 0, 0, _) => ProxyClass.ProxyUnreachable,
            (_, _, 403, _) => ProxyClass.Denied,
            (_, _, _, "ERR_ACCESS_DENIED") => ProxyClass.Denied,
            (_, _, _, { Length: > 0 }) => ProxyClass.UpstreamError,
            (_, _, >= 500, _) => ProxyClass.UpstreamError,
            (0, >= 100, _, _) => ProxyClass.Allowed,
            _ => ProxyClass.Error,
        };
        return new ProxyAnswer(url, cls, http, connect, exitCode, squidError, (stdout + stderr).Trim());
    }

    [GeneratedRegex(@"RESULT (\d+) (\d+) (\d+)")]
    private static partial Regex ResultLine();

    [GeneratedRegex(@"(?im)^X-Squid-Error:\s*(\S+)")]
    private static partial Regex SquidError();
}
