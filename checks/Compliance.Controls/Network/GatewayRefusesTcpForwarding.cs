using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-06: the gateway refuses TCP forwarding (the channel <c>ssh -J</c> and <c>-L</c> use), which would reach the Secure
/// Zone unrecorded: a live <c>ssh -W target:22</c> through the gateway gets no SSH banner back, and the gateway's
/// effective sshd settings (<c>sshd -T -C</c> for every Match block, and for every account from every source) disable
/// forwarding. Positive control: the same key and vantage run the recorded hop.
/// </summary>
public sealed class GatewayRefusesTcpForwarding : Check
{
    public override string ControlId => "NET-06";

    public override string Title => "The gateway refuses TCP forwarding (ssh -J, -L) to the Secure Zone";

    /// <summary>It evaluates sshd for every Match block and every account from every source; through the gateway's recorded hop each batch is a session of its own.</summary>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

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

        if (await SshdSurveys.ReviewAsync(context, gw.Host, findings, Forwarding, cancellationToken).ConfigureAwait(false) is { } survey)
        {
            evidence.Record(gw.Host, "sshd -T -C", $"effective forwarding settings for every Match block and every account from every source ({survey.Evaluations.Count} evaluations)",
                "disableforwarding yes or allowtcpforwarding no",
                string.Join("; ", survey.Evaluations.Select(e => $"disableforwarding {e.Settings.Value("disableforwarding", "?")}, allowtcpforwarding {e.Settings.Value("allowtcpforwarding", "?")}, permitopen {e.Settings.Value("permitopen", "?")}").Distinct(StringComparer.Ordinal)),
                survey.Describe());
        }

        return findings.Verdict($"{gw.Host} refuses TCP forwarding for every Match block and every account");
    }

    /// <summary>Forwarding one evaluation leaves open.</summary>
    private static IEnumerable<string> Forwarding(SshdEvaluation e) =>
        e.Settings.Is("disableforwarding", "yes") || e.Settings.Is("allowtcpforwarding", "no")
            ? []
            : [$"sshd allows TCP forwarding (allowtcpforwarding {e.Settings.Value("allowtcpforwarding", "?")}, disableforwarding {e.Settings.Value("disableforwarding", "?")})"];
}
