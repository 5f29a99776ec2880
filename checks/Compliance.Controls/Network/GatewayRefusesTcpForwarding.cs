using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

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
        var gateway = context.Inventory.Host(gw.Host);
        var hop = await GatewaySsh.HopAsync(context, gw.Targets[0], cancellationToken).ConfigureAwait(false);
        evidence.Record(gw.ForwardingVantage, gw.Host, "recorded hop with the same key (positive control)", "runs", hop.Succeeded ? "ran" : GatewaySsh.Describe(hop), hop.StandardError.Trim());
        if (!hop.Succeeded)
        {
            throw new PrerequisiteFailedException($"the recorded hop to {gw.Targets[0]} with the same key does not run ({GatewaySsh.Describe(hop)}): a refused forwarding would prove nothing");
        }

        var problems = new List<string>();
        foreach (var target in gw.Targets.Select(context.Inventory.Host))
        {
            var forward = await GatewaySsh.RunAsync(context, ["-W", $"{target.Address}:{gw.SshPort}", $"{gw.ForwardingUser}@{gateway.Address}"], cancellationToken).ConfigureAwait(false);
            var banner = forward.StandardOutput.Contains("SSH-", StringComparison.Ordinal);
            evidence.Record(gw.ForwardingVantage, $"{gw.Host} -> {target.Name}:{gw.SshPort}", $"ssh -W {target.Address}:{gw.SshPort} via {gw.Host} (the -J channel)", "refused (no banner)",
                banner ? "forwarded: the target's SSH banner came back" : $"refused (exit {forward.ExitCode})", (forward.StandardOutput + forward.StandardError).Trim());
            if (banner)
            {
                problems.Add($"forwarding to {target.Name}:{gw.SshPort} works through {gw.Host}");
            }
        }

        var config = await SshdConfigReader.ReadAsync(await Hosts.TransportAsync(context, gw.Host, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var disabled = config.GetValueOrDefault("disableforwarding") == "yes" || config.GetValueOrDefault("allowtcpforwarding") == "no";
        evidence.Record(gw.Host, "sshd -T", "effective forwarding settings", "disableforwarding yes or allowtcpforwarding no",
            $"disableforwarding {config.GetValueOrDefault("disableforwarding", "?")}, allowtcpforwarding {config.GetValueOrDefault("allowtcpforwarding", "?")}, permitopen {config.GetValueOrDefault("permitopen", "?")}");
        if (!disabled)
        {
            problems.Add($"{gw.Host}'s sshd allows TCP forwarding (allowtcpforwarding {config.GetValueOrDefault("allowtcpforwarding", "?")})");
        }

        return problems.Count == 0 ? Verdict.Pass($"{gw.Host} refuses TCP forwarding") : Verdict.Fail(string.Join("; ", problems));
    }
}
