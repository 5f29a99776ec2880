using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// TLS handshakes with openssl s_client from the vantage. It lowers its own security level
/// (<c>DEFAULT:@SECLEVEL=0</c>) so that it can still offer TLS 1.0/1.1 and weak ciphers: a refusal is then the server's.
/// </summary>
public static partial class TlsProbe
{
    /// <summary>Attempts a handshake; <paramref name="version"/> is an s_client flag without dash (tls1, tls1_1, tls1_2) or null.</summary>
    public static async Task<TlsHandshake> HandshakeAsync(ITransport vantage, string address, int port, string serverName, string? version, string cipher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        List<string> args = ["openssl", "s_client", "-connect", $"{address}:{port}", "-servername", serverName, "-cipher", cipher, "-brief"];
        if (version is not null)
        {
            args.Add("-" + version);
        }

        var result = await vantage.RunAsync(new CommandRequest(args, TimeSpan.FromSeconds(20), ""), cancellationToken).ConfigureAwait(false);
        return Classify(result);
    }

    /// <summary>Whether the vantage's openssl can offer any suite of the cipher string at all.</summary>
    public static async Task<bool> ClientCanOfferAsync(ITransport vantage, string cipher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(10), "openssl", "ciphers", "-tls1_2", cipher), cancellationToken).ConfigureAwait(false);
        return result.Succeeded && result.StandardOutput.Trim().Split(':').Any(c => c.Length > 0 && !c.StartsWith("TLS_", StringComparison.Ordinal));
    }

    /// <summary>Classifies s_client's output.</summary>
    public static TlsHandshake Classify(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.StandardOutput + "\n" + result.StandardError;
        var protocol = Protocol().Match(text) is { Success: true } p ? p.Groups[1].Value.Trim() : "";
        var cipher = Cipher().Match(text) is { Success: true } c ? c.Groups[1].Value.Trim() : "";
        TlsClass cls;
        if (result.TimedOut)
        {
            cls = TlsClass.TimedOut;
        }
        else if (protocol.Length > 0 && cipher.Length > 0 && cipher != "0000" && cipher != "(NONE)")
        {
            cls = TlsClass.Established;
        }
        else if (text.Contains("Connection refused", StringComparison.Ordinal) || text.Contains("connect:errno", StringComparison.Ordinal))
        {
            cls = TlsClass.ConnectFailed;
        }
        else if (text.Contains("no cipher match", StringComparison.OrdinalIgnoreCase) || text.Contains("no ciphers available", StringComparison.OrdinalIgnoreCase) || text.Contains("no protocols available", StringComparison.OrdinalIgnoreCase))
        {
            cls = TlsClass.ClientCannotOffer;
        }
        else if (Alert().IsMatch(text) || text.Contains("handshake failure", StringComparison.OrdinalIgnoreCase) || text.Contains("unsupported protocol", StringComparison.OrdinalIgnoreCase) || text.Contains("wrong version number", StringComparison.OrdinalIgnoreCase))
        {
            cls = TlsClass.Refused;
        }
        else
        {
            cls = TlsClass.Error;
        }

        return new TlsHandshake(cls == TlsClass.Established, protocol, cipher, cls, text.Length > 1500 ? text[..1500] : text);
    }

    [GeneratedRegex(@"Protocol version:\s*(\S+)")]
    private static partial Regex Protocol();

    [GeneratedRegex(@"Ciphersuite:\s*(\S+)")]
    private static partial Regex Cipher();

    [GeneratedRegex(@"alert|SSL routines", RegexOptions.IgnoreCase)]
    private static partial Regex Alert();
}
