using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-06: from the room, a command reaches every Secure Zone SSH server through the gateway's recorded command hop.</summary>
public sealed class SecureZoneSshWorksThroughTheGatewayHop : Check
{
    public override string ControlId => "NET-06";

    public override string Title => "SSH to Secure Zone servers works through the gateway's recorded hop";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        await VantageHealth.EnsureAliveAsync(context, evidence, gw.ForwardingVantage, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("target");
        await findings.EachInTurnAsync(gw.Targets, t => t, async target =>
        {
            var result = await GatewaySsh.HopAsync(context, target, cancellationToken).ConfigureAwait(false);
            evidence.Record(gw.ForwardingVantage, $"{gw.Host} -> {target}", $"ssh {gw.ForwardingUser}@{gw.Host} {target} echo (recorded hop)", $"the command runs on the target ({GatewaySshProbe.HopMarker})",
                result.Ran ? "ran" : result.Describe, result.Raw);
            if (!result.Ran)
            {
                findings.Violation($"the gateway hop does not work: {target}: {result.Describe}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"commands reach {string.Join(", ", gw.Targets)} through {gw.Host}'s recorded hop");
    }
}
