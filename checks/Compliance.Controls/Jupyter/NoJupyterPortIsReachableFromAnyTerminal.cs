using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Jupyter;

/// <summary>JUP-02: from every terminal, no Jupyter port (running or expected) of any address of the host connects, while 443 does.</summary>
public sealed class NoJupyterPortIsReachableFromAnyTerminal : Check
{
    public override string ControlId => "JUP-02";

    public override string Title => "No Jupyter port is reachable directly from any terminal, only 443";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var host = context.Inventory.Host(jupyter.Host);
        var running = await JupyterDiscovery.RunningAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var ports = running.Select(r => r.Port).Concat(jupyter.Servers.Select(s => s.Port)).Distinct().Order().ToList();
        var https = jupyter.HttpsPort.ToString(CultureInfo.InvariantCulture);
        var findings = new Findings("terminal");
        var paths = from t in jupyter.Terminals from a in host.Addresses select (Terminal: t, Address: a);
        await findings.EachAsync(paths, path => $"{path.Terminal} -> {path.Address}", async path =>
        {
            var (t, a) = path;
            await VantageHealth.EnsureAliveAsync(context, evidence, t, cancellationToken).ConfigureAwait(false);
            var scan = await Scans.TcpAsync(context, t, a, PortRanges.Format(ports.Append(jupyter.HttpsPort)), cancellationToken).ConfigureAwait(false);
            var reached = ports.Where(p => scan.ClassOf(p, PortClass.TimedOut) == PortClass.Connected).ToList();
            evidence.Record(t, $"{host.Name} {a}", $"TCP connect to Jupyter ports {PortRanges.Format(ports)} and {https}", $"only {https} connects", $"connected: {PortRanges.Format(scan.PortsOf(PortClass.Connected))}; {scan.Summary}", scan.Raw);
            foreach (var port in reached)
            {
                findings.Violation($"Jupyter reachable directly: {t} -> {a}:{port}");
            }

            if (scan.ClassOf(jupyter.HttpsPort, PortClass.TimedOut) != PortClass.Connected)
            {
                throw new PrerequisiteFailedException($"{t} does not reach {a}:{https}: the Jupyter path itself is down, a blocked Jupyter port proves nothing");
            }

            foreach (var port in ports.Where(p => scan.ClassOf(p, PortClass.TimedOut).IsNotTheNetwork()))
            {
                findings.Unverified($"stopped on the terminal itself, not by the network: {t} -> {a}:{port} {scan.OutcomeOf(port, PortClass.TimedOut).Word}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"Jupyter ports {PortRanges.Format(ports)} unreachable from {string.Join(", ", jupyter.Terminals)}; {https} reachable");
    }
}
