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
        evidence.Record(tls.Vantage, $"{tls.Host} {address}:{tls.Port}", "TLS 1.2 handshake with default ciphers (positive control)", "established", $"{result.Class} {result.Protocol} {result.Cipher}", result.Raw);
        if (!result.Established)
        {
            throw new PrerequisiteFailedException($"no TLS 1.2 handshake with {tls.Host}:{tls.Port} ({result.Class}): a refusal of weak settings would prove nothing");
        }
    }
}
