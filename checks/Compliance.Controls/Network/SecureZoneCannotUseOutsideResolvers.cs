using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>NET-07: DNS to an outside resolver (UDP and TCP 53) is blocked from every Secure Zone host.</summary>
public sealed class SecureZoneCannotUseOutsideResolvers : Check
{
    public override string ControlId => "NET-07";

    public override string Title => "The Secure Zone cannot query outside DNS resolvers";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        await Egress.RequireOutsideResolverAliveAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.SecureVantages,
            v => InternalDns.RequireResolvesAsync(context, evidence, v, cancellationToken),
            v => Egress.OutsideDnsViolationAsync(context, evidence, v, cancellationToken),
            $"the outside resolver {egress.OutsideResolver} is unreachable over UDP and TCP from {string.Join(", ", egress.SecureVantages)}", cancellationToken).ConfigureAwait(false);
    }
}
