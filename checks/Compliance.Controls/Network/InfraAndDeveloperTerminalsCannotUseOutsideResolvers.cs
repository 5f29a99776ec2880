using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>NET-10: DNS to an outside resolver (UDP and TCP 53) is blocked from the infra and developer terminals.</summary>
public sealed class InfraAndDeveloperTerminalsCannotUseOutsideResolvers : Check
{
    public override string ControlId => "NET-10";

    public override string Title => "The infra and developer terminals cannot query outside DNS resolvers";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        await Egress.RequireOutsideResolverAliveAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.IsolatedTerminals,
            v => AllowedFlowControl.RequireAsync(context, evidence, v, cancellationToken),
            v => Egress.OutsideDnsViolationAsync(context, evidence, v, cancellationToken),
            $"the outside resolver {egress.OutsideResolver} is unreachable from {string.Join(", ", egress.IsolatedTerminals)}", cancellationToken).ConfigureAwait(false);
    }
}
