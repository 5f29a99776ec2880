using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-03: every SSH server's key-exchange offer (KEXINIT on the wire) lists only allowed kex, host key, cipher and MAC algorithms.</summary>
public sealed class SshServersOfferOnlyStrongAlgorithms : Check
{
    public override string ControlId => "ENC-03";

    public override string Title => "SSH servers offer only strong key-exchange, cipher and MAC algorithms";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var findings = await Findings.OfEachAsync(policy.Servers, async s =>
        {
            var address = context.Inventory.Host(s.Host).Address;
            var offer = await SshKexReader.ReadAsync(await Hosts.TransportAsync(context, s.Vantage, cancellationToken).ConfigureAwait(false), address, policy.Port, cancellationToken).ConfigureAwait(false);
            var weak = offer.Kex.Where(k => !SshKexReader.IsMarker(k)).Except(policy.AllowedKex)
                .Concat(offer.HostKeys.Except(policy.AllowedHostKeys))
                .Concat(offer.Ciphers.Except(policy.AllowedCiphers))
                .Concat(offer.Macs.Except(policy.AllowedMacs)).ToList();
            evidence.Record(s.Vantage, $"{s.Host} {address}:{policy.Port}", "SSH KEXINIT offer", "only allowed algorithms",
                weak.Count == 0 ? "only allowed algorithms" : $"not allowed: {string.Join(", ", weak)}", offer.Raw);
            return weak.Count > 0 ? $"{s.Host} offers {string.Join(", ", weak)}" : null;
        }, s => s.Host, "SSH server", cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{policy.Servers.Count} SSH servers offer only allowed algorithms");
    }
}
