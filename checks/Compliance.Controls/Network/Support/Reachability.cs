using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// The reachability matrix: from every vantage to every address of every target, every port the target really listens on
/// (read from the target's own socket table), plus the ports the flows allow and any extra ports asked for.
/// </summary>
internal static class Reachability
{
    public static async Task<IReadOnlyList<MatrixCell>> ProbeAsync(CheckContext context, EvidenceLog evidence, IReadOnlyList<HostEntry> vantages, IReadOnlyList<HostEntry> targets, CancellationToken ct, string? extraPorts = null)
    {
        var policy = FlowPolicy.Of(context.Inventory);
        await Task.WhenAll(vantages.Select(v => VantageHealth.EnsureAliveAsync(context, evidence, v.Name, ct))).ConfigureAwait(false);
        var services = await Task.WhenAll(targets.Select(async t => (Target: t, Services: await Scans.TcpServicesAsync(context, t, ct).ConfigureAwait(false)))).ConfigureAwait(false);
        var extra = extraPorts is null ? [] : PortRanges.Parse(extraPorts);
        if (context.Inventory.Expected.Get<Compliance.Core.Inventory.Expected.FlowsExpectation>().CanaryPort is { } canary)
        {
            extra = [.. extra.Append(canary).Distinct()];
        }

        var jobs = from v in vantages
                   from s in services
                   where s.Target.Name != v.Name
                   from a in s.Services
                   select ProbeOneAsync(context, evidence, policy, v, s.Target, a.Address, a.Ports, extra, ct);
        return [.. (await Task.WhenAll(jobs).ConfigureAwait(false)).SelectMany(c => c)];
    }

    private static async Task<IReadOnlyList<MatrixCell>> ProbeOneAsync(CheckContext context, EvidenceLog evidence, FlowPolicy policy, HostEntry vantage, HostEntry target, string address, IReadOnlyList<int> listening, IReadOnlyList<int> extra, CancellationToken ct)
    {
        var allowedHere = policy.AllowedTcpFrom(vantage).Where(f => f.Host.Name == target.Name).Select(f => f.Port);
        var ports = listening.Concat(allowedHere).Concat(extra).Distinct().Order().ToList();
        if (ports.Count == 0)
        {
            evidence.Record(vantage.Name, $"{target.Name} {address}", "listening TCP sockets (ss)", "-", "nothing listens on this address: nothing to probe");
            return [];
        }

        var started = context.Clock.GetUtcNow();
        var scan = await Scans.TcpAsync(context, vantage.Name, address, PortRanges.Format(ports), ct).ConfigureAwait(false);
        var cells = ports.Select(p => new MatrixCell(vantage, target, address, p, scan.OutcomeOf(p, PortClass.TimedOut), policy.Allows(vantage, target, "tcp", p), listening.Contains(p))).ToList();
        evidence.Record(vantage.Name, $"{target.Name} {address}", $"TCP connect to listening/allowed ports {PortRanges.Format(ports)}",
            $"reachable only: {Describe(cells.Where(c => c.Allowed && c.Listening))}",
            $"connected: {Describe(cells.Where(c => c.Connected))}; {scan.Summary}", scan.Raw, started);
        return cells;
    }

    public static string Describe(IEnumerable<MatrixCell> cells)
    {
        var ports = cells.Select(c => c.Port).ToList();
        return ports.Count == 0 ? "none" : PortRanges.Format(ports);
    }

    /// <summary>Throws when a vantage with allowed, listening destinations in the probed set reached none of them.</summary>
    public static void RequirePositiveFlows(IReadOnlyList<MatrixCell> cells)
    {
        foreach (var byVantage in cells.GroupBy(c => c.Vantage.Name))
        {
            var allowed = byVantage.Where(c => c.Allowed && c.Listening).ToList();
            if (allowed.Count > 0 && !allowed.Any(c => c.Connected))
            {
                throw new PrerequisiteFailedException($"{byVantage.Key} reached none of its allowed services ({string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>Cells with a class the probe should never return (errors): the fact is not established.</summary>
    public static void RequireClassified(IReadOnlyList<MatrixCell> cells)
    {
        var odd = cells.Where(c => !c.Connected && !c.Blocked).ToList();
        if (odd.Count > 0)
        {
            throw new PrerequisiteFailedException($"unexpected probe results: {string.Join("; ", odd.Take(10))}");
        }
    }
}
