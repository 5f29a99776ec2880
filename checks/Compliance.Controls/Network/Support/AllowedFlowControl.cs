using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Positive control of a deny check: from the same vantage, a service the flows allow (and that really listens) is reached.
/// When the vantage has no allowed TCP service at all, the link check of <see cref="VantageHealth"/> is the control.
/// </summary>
internal static class AllowedFlowControl
{
    public static async Task RequireAsync(CheckContext context, EvidenceLog evidence, string vantageName, CancellationToken ct)
    {
        await VantageHealth.EnsureAliveAsync(context, evidence, vantageName, ct).ConfigureAwait(false);
        var vantage = context.Inventory.Host(vantageName);
        var candidates = new List<(HostEntry Host, int Port)>();
        foreach (var group in FlowPolicy.Of(context.Inventory).AllowedTcpFrom(vantage).GroupBy(f => f.Host.Name))
        {
            var target = context.Inventory.Host(group.Key);
            var services = await Scans.TcpServicesAsync(context, target, ct).ConfigureAwait(false);
            candidates.AddRange(group.Where(f => services[0].Ports.Contains(f.Port)));
        }

        if (candidates.Count == 0)
        {
            evidence.Record(vantageName, "-", "allowed-flow positive control", "an allowed service", "the vantage has no allowed TCP service; link check stands as the control");
            return;
        }

        foreach (var (host, port) in candidates.Take(3))
        {
            var scan = await Scans.TcpAsync(context, vantageName, host.Address, port.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
            var outcome = scan.OutcomeOf(port, PortClass.TimedOut);
            evidence.Record(vantageName, $"{host.Name} {host.Address}:{port}", "allowed-flow positive control (TCP connect)", "connected", outcome.Word, scan.Raw);
            if (outcome.Class == PortClass.Connected)
            {
                return;
            }
        }

        throw new PrerequisiteFailedException($"{vantageName} reached none of its allowed services ({string.Join(", ", candidates.Select(c => $"{c.Host.Name}:{c.Port}"))})");
    }
}
