using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-06: the gateway refuses TCP forwarding (the channel <c>ssh -J</c> and <c>-L</c> use), which would reach the Secure
/// Zone unrecorded: a live <c>ssh -W target:22</c> through the gateway gets no SSH banner back, and <c>sshd -T</c> on the
/// gateway disables forwarding. Positive control: the same key and vantage run the recorded hop.
/// </summary>
public sealed class GatewayRefusesTcpForwarding : Check
{
    public override string ControlId => "NET-06";

    public override string Title => "The gateway refuses TCP forwarding (ssh -J, -L) to the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var findings = new Findings("forwarding target");
        var hop = await GatewaySsh.HopAsync(context, gw.Targets[0], cancellationToken).ConfigureAwait(false);
        evidence.Record(gw.ForwardingVantage, gw.Host, "recorded hop with the same key (positive control)", "runs", hop.Completed ? "ran" : hop.Describe, hop.Error.Trim());
        if (!hop.Completed)
        {
            findings.Unverified($"Positive control failed: the recorded hop to {gw.Targets[0]} with the same key does not run ({hop.Describe}): a refused forwarding would prove nothing");
        }

        await findings.EachAsync(gw.Targets.Select(context.Inventory.Host), t => t.Name, async target =>
        {
            var forward = await GatewaySsh.ForwardAsync(context, target.Address, cancellationToken).ConfigureAwait(false);
            evidence.Record(gw.ForwardingVantage, $"{gw.Host} -> {target.Name}:{gw.SshPort}", $"ssh -W {target.Address}:{gw.SshPort} via {gw.Host} (the -J channel)", "refused (no banner)",
                forward.Forwarded ? "forwarded: the target's SSH banner came back" : $"refused (exit {forward.ExitCode})", forward.Raw);
            if (forward.Forwarded)
            {
                findings.Violation($"forwarding to {target.Name}:{gw.SshPort} works through {gw.Host}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        await findings.ProbeAsync($"{gw.Host} sshd -T", async () =>
        {
            var config = await SshdSettingsReader.ReadAsync(await Hosts.TransportAsync(context, gw.Host, cancellationToken).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false);
            var disabled = config.Is("disableforwarding", "yes") || config.Is("allowtcpforwarding", "no");
            evidence.Record(gw.Host, "sshd -T", "effective forwarding settings", "disableforwarding yes or allowtcpforwarding no",
                $"disableforwarding {config.Value("disableforwarding", "?")}, allowtcpforwarding {config.Value("allowtcpforwarding", "?")}, permitopen {config.Value("permitopen", "?")}");
            if (!disabled)
            {
                findings.Violation($"{gw.Host}'s sshd allows TCP forwarding (allowtcpforwarding {config.Value("allowtcpforwarding", "?")})");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{gw.Host} refuses TCP forwarding");
    }
}
