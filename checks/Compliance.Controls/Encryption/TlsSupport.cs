using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>Shared steps of the TLS checks.</summary>
internal static class TlsSupport
{
    /// <summary>Positive control: a default TLS handshake (1.2 or newer) is established from the vantage.</summary>
    public static async Task RequireHandshakeAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct)
    {
        var tls = context.Inventory.Expected.Get<TlsExpectation>();
        var address = context.Inventory.Host(tls.Host).Address;
        var transport = await Hosts.TransportAsync(context, tls.Vantage, ct).ConfigureAwait(false);
        var result = await TlsProbe.HandshakeAsync(transport, address, tls.Port, tls.ServerName, "tls1_2", "DEFAULT", ct).ConfigureAwait(false);
        evidence.Record(tls.Vantage, $"{tls.Host} {address}:{tls.Port}", "TLS 1.2 handshake with default ciphers (positive control)", "established", $"{result.Class.Describe()} {result.Protocol} {result.Cipher}", result.Raw);
        if (!result.Established)
        {
            throw new PrerequisiteFailedException($"no TLS 1.2 handshake with {tls.Host}:{tls.Port} ({result.Class.Describe()}): a refusal of weak settings would prove nothing");
        }
    }

    /// <summary>
    /// Offers one weak setting (a protocol version with a cipher string) that the server must refuse. Returns what the server
    /// accepted (null when it refused); any other answer means the offer could not be made and the check cannot conclude.
    /// </summary>
    public static async Task<string?> OfferRefusedSettingAsync(CheckContext context, EvidenceLog evidence, string version, string cipher, string describe, CancellationToken ct)
    {
        var tls = context.Inventory.Expected.Get<TlsExpectation>();
        var address = context.Inventory.Host(tls.Host).Address;
        var transport = await Hosts.TransportAsync(context, tls.Vantage, ct).ConfigureAwait(false);
        var result = await TlsProbe.HandshakeAsync(transport, address, tls.Port, tls.ServerName, version, cipher, ct).ConfigureAwait(false);
        evidence.Record(tls.Vantage, $"{tls.Host} {address}:{tls.Port}", $"openssl s_client -{version} -cipher {cipher}", "refused by the server", $"{result.Class.Describe()} {result.Protocol} {result.Cipher}", result.Raw);
        return result.Class switch
        {
            TlsClass.Established => $"{describe}: {result.Protocol} {result.Cipher}",
            TlsClass.Refused => null,
            _ => throw new PrerequisiteFailedException($"{describe}: {result.Class.Describe()}: the probe could not make the offer or reach the server"),
        };
    }
}
