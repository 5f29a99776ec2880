using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>NET-10: from the infra and developer terminals, none of the 65,535 UDP ports of any listed outside address (the sink, the allowlisted sites, the outside resolvers), nor any of the most common UDP ports of the run's sample of other outside addresses, answers.</summary>
public sealed class InfraAndDeveloperTerminalsReachNoInternetUdpPort : Check
{
    public override string ControlId => "NET-10";

    public override string Title => "The infra and developer terminals reach no UDP port on the internet";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        await Egress.RequireSinkAliveAsync(context, evidence, "udp", cancellationToken).ConfigureAwait(false);
        var scope = await Egress.ScopeAsync(context, evidence, "udp", cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.IsolatedTerminals,
            v => AllowedFlowControl.RequireAsync(context, evidence, v, cancellationToken),
            v => Egress.UdpViolationAsync(context, evidence, v, cancellationToken),
            $"{scope}: none answers {string.Join(", ", egress.IsolatedTerminals)}", cancellationToken).ConfigureAwait(false);
    }
}
