using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Verifies a TLS server's certificate from the vantage against a CA (PEM passed on stdin, never a secret).</summary>
public static partial class CertificateProbe
{
    /// <summary>Connects and verifies chain, host name and remaining validity.</summary>
    public static async Task<CertificateCheck> VerifyAsync(ITransport vantage, string address, int port, string serverName, string caPem, int minDaysLeft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var request = new CommandRequest(["bash", "-c", ProbeScripts.Text("certificate.sh"), "certificate", address, port.ToString(CultureInfo.InvariantCulture), serverName, minDaysLeft.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(30), caPem);
        var result = await vantage.RunAsync(request, cancellationToken).ConfigureAwait(false);
        return result.TimedOut
            ? throw new ProbeException($"no TLS answer from {address}:{port} within {request.Timeout.TotalSeconds:0} s")
            : Parse(result.StandardOutput);
    }

    /// <summary>Parses the script's output; throws when openssl gave no verdict.</summary>
    public static CertificateCheck Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var verify = VerifyLine().Match(output);
        if (!verify.Success)
        {
            var said = string.Join("; ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("cert ", StringComparison.Ordinal) && !l.StartsWith("checkend ", StringComparison.Ordinal)));
            throw new ProbeException($"openssl gave no verification result ({(said.Length > 0 ? said : "no answer")})");
        }

        string Field(string name) => Regex.Match(output, $@"^cert {name}=\s*(.*)$", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value.Trim() : "";
        return new CertificateCheck(
            int.Parse(verify.Groups[1].Value, CultureInfo.InvariantCulture),
            verify.Groups[2].Value,
            Field("subject"),
            Field("issuer"),
            Field("notAfter"),
            output.Contains("checkend ok", StringComparison.Ordinal),
            output.Trim());
    }

    [GeneratedRegex(@"Verify return code: (\d+) \(([^)]*)\)")]
    private static partial Regex VerifyLine();
}
