using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Runs eapol_test (the authenticator's side of 802.1X) on the vantage against the RADIUS server.</summary>
public static partial class EapTlsProbe
{
    /// <summary>One exchange with the identity's configuration. The shared secret is passed as an argument and never recorded.</summary>
    public static async Task<EapTlsResult> AuthenticateAsync(ITransport vantage, string server, string secret, string configPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentNullException.ThrowIfNull(secret);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(40), "eapol_test", "-c", configPath, "-a", server, "-s", secret, "-t", "15", "-r", "0"), cancellationToken).ConfigureAwait(false);
        return Classify(result.StandardOutput.Replace(secret, "[REDACTED]", StringComparison.Ordinal), result.ExitCode);
    }

    /// <summary>Classifies eapol_test's output.</summary>
    public static EapTlsResult Classify(string output, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        var vlan = Vlan().Match(output) is { Success: true } m ? Ascii(m.Groups[1].Value) : null;
        var cls = output.Contains("Access-Accept", StringComparison.Ordinal) && exitCode == 0 && output.Contains("SUCCESS", StringComparison.Ordinal) ? EapTlsClass.Accept
            : output.Contains("Access-Reject", StringComparison.Ordinal) ? EapTlsClass.Reject
            : output.Contains("timed out", StringComparison.OrdinalIgnoreCase) ? EapTlsClass.Timeout
            : exitCode != 0 && output.Contains("FAILURE", StringComparison.Ordinal) && output.Contains("EAP", StringComparison.Ordinal) && output.Contains("RADIUS message: code=", StringComparison.Ordinal) ? EapTlsClass.Reject
            : EapTlsClass.Error;
        var lines = output.Split('\n').Where(l => l.Contains("RADIUS message", StringComparison.Ordinal) || l.Contains("Attribute", StringComparison.Ordinal) || l.Contains("Value:", StringComparison.Ordinal) || l.StartsWith("SUCCESS", StringComparison.Ordinal) || l.StartsWith("FAILURE", StringComparison.Ordinal) || l.Contains("timed out", StringComparison.Ordinal) || l.Contains("TLS: ", StringComparison.Ordinal));
        return new EapTlsResult(cls, vlan, string.Join('\n', lines.Take(40)));
    }

    private static string Ascii(string hex)
    {
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex[..^1]);
        var text = Encoding.ASCII.GetString(bytes);
        return text.Length > 0 && text[0] < ' ' ? text[1..] : text;
    }

    [GeneratedRegex(@"Attribute 81 [^\n]*\n\s*Value: ([0-9a-fA-F]+)")]
    private static partial Regex Vlan();

    /// <summary>Formats for evidence.</summary>
    public static string Describe(EapTlsResult result) => result is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{result.Class.Describe()}{(result.Vlan is null ? "" : $", VLAN {result.Vlan}")}");
}
