using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>NET-07: from every Secure Zone host, none of the 65,535 UDP ports of any listed outside address (the sink, the allowlisted sites, the outside resolvers), nor any of the most common UDP ports of the run's sample of other outside addresses, answers.</summary>
public sealed class SecureZoneReachesNoInternetUdpPort : Check
{
    public override string ControlId => "NET-07";

    public override string Title => "The Secure Zone reaches no UDP port on the internet";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        await Egress.RequireSinkAliveAsync(context, evidence, "udp", cancellationToken).ConfigureAwait(false);
        var scope = await Egress.ScopeAsync(context, evidence, "udp", cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.SecureVantages,
            async v =>
            {
                await AllowedFlowControl.RequireAsync(context, evidence, v, cancellationToken).ConfigureAwait(false);
                await InternalDns.RequireResolvesAsync(context, evidence, v, cancellationToken).ConfigureAwait(false);
            },
            v => Egress.UdpViolationAsync(context, evidence, v, cancellationToken),
            $"{scope}: none answers {string.Join(", ", egress.SecureVantages)}", cancellationToken).ConfigureAwait(false);
    }
}
