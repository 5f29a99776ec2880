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
        await TlsSupport.RequireHandshakeAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("protocol version");
        await findings.EachInTurnAsync(tls.RefusedVersions, v => v, async version =>
        {
            if (await TlsSupport.OfferRefusedSettingAsync(context, evidence, version, "DEFAULT:@SECLEVEL=0", version, cancellationToken).ConfigureAwait(false) is { } acceptedOffer)
            {
                findings.Violation($"{tls.Host}:{tls.Port} accepted {acceptedOffer}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{string.Join(", ", tls.RefusedVersions)} refused by {tls.Host}:{tls.Port}");
    }
}
