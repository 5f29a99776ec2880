using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-02: a client that offers only TLS 1.0 (or 1.1), with every cipher it has, gets no session.</summary>
public sealed class HttpsRefusesTls10And11 : Check
{
    public override string ControlId => "ENC-02";

    public override string Title => "The HTTPS endpoint refuses TLS 1.0 and 1.1";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var tls = context.Inventory.Expected.Get<TlsExpectation>();
        var address = context.Inventory.Host(tls.Host).Address;
        await TlsSupport.RequireHandshakeAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var transport = await Hosts.TransportAsync(context, tls.Vantage, cancellationToken).ConfigureAwait(false);
        var accepted = new List<string>();
        foreach (var version in tls.RefusedVersions)
        {
            var result = await TlsProbe.HandshakeAsync(transport, address, tls.Port, tls.ServerName, version, "DEFAULT:@SECLEVEL=0", cancellationToken).ConfigureAwait(false);
            evidence.Record(tls.Vantage, $"{tls.Host} {address}:{tls.Port}", $"openssl s_client -{version} -cipher DEFAULT:@SECLEVEL=0", "refused by the server", $"{result.Class} {result.Protocol} {result.Cipher}", result.Raw);
            switch (result.Class)
            {
                case "established":
                    accepted.Add($"{result.Protocol} ({result.Cipher})");
                    break;
                case "refused":
                    break;
                default:
                    throw new PrerequisiteFailedException($"-{version}: {result.Class}: the probe could not offer the version or reach the server");
            }
        }

        return accepted.Count == 0
            ? Verdict.Pass($"{string.Join(", ", tls.RefusedVersions)} refused by {tls.Host}:{tls.Port}")
            : Verdict.Fail($"{tls.Host}:{tls.Port} accepted {string.Join(", ", accepted)}");
    }
}
