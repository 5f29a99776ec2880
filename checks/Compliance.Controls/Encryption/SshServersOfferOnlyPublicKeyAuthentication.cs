using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-03: seen from the network, every SSH server lists only the allowed authentication methods (public key).</summary>
public sealed class SshServersOfferOnlyPublicKeyAuthentication : Check
{
    public override string ControlId => "ENC-03";

    public override string Title => "SSH servers offer public-key authentication only";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var findings = await Findings.OfEachAsync(policy.Servers, async s =>
        {
            var address = context.Inventory.Host(s.Host).Address;
            var methods = await SshAuthMethodsProbe.ReadAsync(await Hosts.TransportAsync(context, s.Vantage, cancellationToken).ConfigureAwait(false), address, policy.Port, cancellationToken).ConfigureAwait(false);
            evidence.Record(s.Vantage, $"{s.Host} {address}:{policy.Port}", "SSH 'none' authentication (server lists the methods that can continue)", string.Join(",", policy.AllowedAuthentication), string.Join(",", methods));
            var extra = methods.Except(policy.AllowedAuthentication).ToList();
            return extra.Count > 0 ? $"{s.Host} offers {string.Join(", ", extra)}" : null;
        }, s => s.Host, "SSH server", cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{policy.Servers.Count} SSH servers offer only {string.Join(", ", policy.AllowedAuthentication)}");
    }
}
