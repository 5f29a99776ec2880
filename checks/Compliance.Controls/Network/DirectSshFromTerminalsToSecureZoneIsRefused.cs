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
        var results = await Task.WhenAll(gw.Terminals.Select(async t =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, t, cancellationToken).ConfigureAwait(false);
            var control = await Scans.TcpAsync(context, t, gateway.Address, port, cancellationToken).ConfigureAwait(false);
            evidence.Record(t, $"{gw.Host} {gateway.Address}:{port}", "TCP connect to the gateway's SSH (positive control)", "connected", control.Summary);
            if (control.CountOf(PortClass.Connected) != 1)
            {
                throw new PrerequisiteFailedException($"{t} does not reach the gateway's SSH ({control.Summary})");
            }

            var found = new List<string>();
            var unseen = new List<string>();
            foreach (var target in gw.Targets.Select(context.Inventory.Host))
            {
                foreach (var address in target.Addresses)
                {
                    var scan = await Scans.TcpAsync(context, t, address, port, cancellationToken).ConfigureAwait(false);
                    var outcome = scan.OutcomeOf(gw.SshPort, PortClass.TimedOut);
                    evidence.Record(t, $"{target.Name} {address}:{port}", "direct TCP connect to SSH", "timed out / refused / unreachable", outcome.Word, scan.Raw);
                    if (outcome.Class == PortClass.Connected)
                    {
                        found.Add($"{t} -> {target.Name} {address}:{port}");
                    }
                    else if (outcome.Class.IsNotTheNetwork())
                    {
                        unseen.Add($"{t} -> {target.Name} {address}:{port} {outcome.Word}");
                    }
                }
            }

            return (Found: found, Unseen: unseen);
        })).ConfigureAwait(false);
        var direct = results.SelectMany(r => r.Found).ToList();
        var local = results.SelectMany(r => r.Unseen).ToList();
        var stoppedOnVantage = local.Count > 0 ? $"stopped on the terminal itself, not by the network: {string.Join("; ", local)}" : null;
        return direct.Count > 0 ? Verdict.Fail($"direct SSH reachable: {string.Join("; ", direct)}{(stoppedOnVantage is null ? "" : $" (also {stoppedOnVantage})")}")
            : stoppedOnVantage is not null ? Verdict.NotVerified(stoppedOnVantage)
            : Verdict.Pass($"no terminal reaches SSH of {string.Join(", ", gw.Targets)} directly; all reach the gateway");
    }
}
