using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Requests a URL directly with curl from the vantage (certificate not verified here: that is the TLS check's job).</summary>
public static partial class HttpsProbe
{
    /// <summary>Sends <paramref name="method"/> to <paramref name="url"/>, resolving <paramref name="serverName"/> to <paramref name="address"/>.</summary>
    public static async Task<HttpAnswer> RequestAsync(ITransport vantage, string method, string url, string serverName, string address, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(30), "bash", "-c",
            "curl -sS -k --noproxy '*' --max-time 10 -X \"$1\" --resolve \"$2\" -o - -w '\nHTTPSTATUS %{http_code}\n' \"$3\" | tail -c 3000",
            "https-probe", method, string.Create(CultureInfo.InvariantCulture, $"{serverName}:{port}:{address}"), url), cancellationToken).ConfigureAwait(false);
        var match = Status().Match(result.StandardOutput);
        var status = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var body = match.Success ? result.StandardOutput[..match.Index] : result.StandardOutput;
        return new HttpAnswer(url, status, body.Length > 1500 ? body[..1500] : body, result.ExitCode, (result.StandardOutput + result.StandardError).Trim());
    }

    [GeneratedRegex(@"HTTPSTATUS (\d+)\s*$")]
    private static partial Regex Status();
}
