using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-02: over TLS 1.2, a client offering only weak suites (each class of the inventory) gets no session.</summary>
public sealed class HttpsRefusesWeakCiphers : Check
{
    public override string ControlId => "ENC-02";

    public override string Title => "The HTTPS endpoint refuses weak cipher suites";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var tls = context.Inventory.Expected.Get<TlsExpectation>();
        await TlsSupport.RequireHandshakeAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var transport = await Hosts.TransportAsync(context, tls.Vantage, cancellationToken).ConfigureAwait(false);
        var offerable = new List<string>();
        foreach (var weak in tls.WeakCiphers)
        {
            if (await TlsProbe.ClientCanOfferAsync(transport, $"{weak}:@SECLEVEL=0", cancellationToken).ConfigureAwait(false))
            {
                offerable.Add(weak);
            }
            else
            {
                evidence.Record(tls.Vantage, $"{tls.Host}:{tls.Port}", $"cipher class {weak}", "offered", "the vantage's openssl has no suite of this class");
            }
        }

        var findings = new Findings("weak cipher class the vantage can offer");
        await findings.EachInTurnAsync(tls.WeakCiphers.Where(w => offerable.Contains(w)), w => w, async weak =>
        {
            if (await TlsSupport.OfferRefusedSettingAsync(context, evidence, "tls1_2", $"{weak}:@SECLEVEL=0", weak, cancellationToken).ConfigureAwait(false) is { } acceptedOffer)
            {
                findings.Violation($"{tls.Host}:{tls.Port} accepted a weak suite: {acceptedOffer}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{findings.ProbedCount} weak cipher classes refused by {tls.Host}:{tls.Port}");
    }
}
