using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-07: the internal resolver answers internal names but resolves no external name for the Secure Zone (no DNS tunnel to the outside).</summary>
public sealed class InternalResolverRefusesExternalNames : Check
{
    public override string ControlId => "NET-07";

    public override string Title => "The internal resolver does not resolve external names for the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        await Egress.RequireOutsideResolverAliveAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var random = $"c{Guid.NewGuid():N}"[..20] + "." + egress.ExternalName.Split('.', 2)[^1];
        return await EgressCheck.RunAsync(context, evidence, egress.SecureVantages,
            v => InternalDns.RequireResolvesAsync(context, evidence, v, cancellationToken),
            async v =>
            {
                var transport = await Hosts.TransportAsync(context, v, cancellationToken).ConfigureAwait(false);
                var violations = new List<string>();
                foreach (var name in new[] { egress.ExternalName, random })
                {
                    var answer = await DnsProbe.QueryAsync(transport, egress.InternalResolver, name, "udp", cancellationToken).ConfigureAwait(false);
                    evidence.Record(v, $"internal resolver {egress.InternalResolver}", $"DNS A {name}", "no address (refused / nxdomain / servfail)", answer.Outcome.ToString(), answer.Raw);
                    if (answer.Resolved)
                    {
                        violations.Add($"{name} -> {string.Join(' ', answer.Addresses)}");
                    }
                    else if (answer.Outcome is DnsOutcome.TimedOut or DnsOutcome.PortRefused or DnsOutcome.Unreachable or DnsOutcome.BlockedOnVantage or DnsOutcome.Unattributed or DnsOutcome.Error)
                    {
                        throw new PrerequisiteFailedException($"{v}: the internal resolver gave no DNS answer for {name}: {answer.Raw}");
                    }
                }

                return violations.Count > 0 ? $"the internal resolver resolved external names for {v}: {string.Join(", ", violations)}" : null;
            },
            $"the internal resolver {egress.InternalResolver} resolves no external name for {string.Join(", ", egress.SecureVantages)}", cancellationToken).ConfigureAwait(false);
    }
}
