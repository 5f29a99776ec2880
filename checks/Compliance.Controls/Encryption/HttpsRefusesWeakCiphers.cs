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
        var accepted = new List<string>();
        var tried = 0;
        foreach (var weak in tls.WeakCiphers)
        {
            var cipher = $"{weak}:@SECLEVEL=0";
            if (!await TlsProbe.ClientCanOfferAsync(transport, cipher, cancellationToken).ConfigureAwait(false))
            {
                evidence.Record(tls.Vantage, $"{tls.Host}:{tls.Port}", $"cipher class {weak}", "offered", "the vantage's openssl has no suite of this class");
                continue;
            }

            tried++;
            if (await TlsSupport.OfferRefusedSettingAsync(context, evidence, "tls1_2", cipher, weak, cancellationToken).ConfigureAwait(false) is { } acceptedOffer)
            {
                accepted.Add(acceptedOffer);
            }
        }

        if (tried == 0)
        {
            throw new PrerequisiteFailedException("the vantage's openssl can offer none of the weak cipher classes");
        }

        return accepted.Count == 0
            ? Verdict.Pass($"{tried} weak cipher classes refused by {tls.Host}:{tls.Port}")
            : Verdict.Fail($"{tls.Host}:{tls.Port} accepted weak suites: {string.Join("; ", accepted)}");
    }
}
