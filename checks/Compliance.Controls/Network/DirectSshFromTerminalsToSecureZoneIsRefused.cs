using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-06: no room terminal opens a TCP connection to the SSH port of a Secure Zone server; each reaches the gateway's SSH.</summary>
public sealed class DirectSshFromTerminalsToSecureZoneIsRefused : Check
{
    public override string ControlId => "NET-06";

    public override string Title => "A direct SSH connection from a terminal to a Secure Zone server is refused at the network";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var gateway = context.Inventory.Host(gw.Host);
        var port = gw.SshPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var findings = new Findings("terminal");
        await findings.EachAsync(gw.Terminals, t => t, async t =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, t, cancellationToken).ConfigureAwait(false);
            var control = await Scans.TcpAsync(context, t, gateway.Address, port, cancellationToken).ConfigureAwait(false);
            evidence.Record(t, $"{gw.Host} {gateway.Address}:{port}", "TCP connect to the gateway's SSH (positive control)", "connected", control.Summary);
            if (control.CountOf(PortClass.Connected) != 1)
            {
                throw new PrerequisiteFailedException($"{t} does not reach the gateway's SSH ({control.Summary})");
            }

            foreach (var target in gw.Targets.Select(context.Inventory.Host))
            {
                foreach (var address in target.Addresses)
                {
                    var scan = await Scans.TcpAsync(context, t, address, port, cancellationToken).ConfigureAwait(false);
                    var outcome = scan.OutcomeOf(gw.SshPort, PortClass.TimedOut);
                    evidence.Record(t, $"{target.Name} {address}:{port}", "direct TCP connect to SSH", "timed out / refused / unreachable", outcome.Word, scan.Raw);
                    if (outcome.Class == PortClass.Connected)
                    {
                        findings.Violation($"direct SSH reachable: {t} -> {target.Name} {address}:{port}");
                    }
                    else if (outcome.Class.IsNotTheNetwork())
                    {
                        findings.Unverified($"stopped on the terminal itself, not by the network: {t} -> {target.Name} {address}:{port} {outcome.Word}");
                    }
                }
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"no terminal reaches SSH of {string.Join(", ", gw.Targets)} directly; all reach the gateway");
    }
}
