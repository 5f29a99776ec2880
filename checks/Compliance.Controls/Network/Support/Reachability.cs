using System.Collections.Concurrent;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// The reachability matrix, TCP and UDP, IPv4 and IPv6. Destinations come from the targets themselves: every global address
/// a target has (<c>ip -j addr</c>; link-local addresses are left out, they are not routable between segments) and every
/// port a socket there serves (<c>ss</c>), plus the ports the flows allow the vantage and the canary port. An inventory
/// address the target does not have is reported (not verified), never probed blindly. A socket bound to one interface
/// serves only vantages on that interface's link; from elsewhere it is neither reachable nor unreachable. UDP silence is
/// decided on the target (<see cref="UdpWitness"/>). A probe that fails leaves only its (vantage, target) pair unverified.
/// </summary>
internal static class Reachability
{
    /// <summary>Pairs probed at once; each probes all its target's addresses, TCP and UDP, side by side.</summary>
    private const int Parallelism = 12;

    private static readonly string[] Protocols = ["tcp", "udp"];

    /// <summary>Probes the matrix; what cannot be established goes to <paramref name="findings"/> (one item per vantage/target pair).</summary>
    public static async Task<IReadOnlyList<MatrixCell>> ProbeAsync(CheckContext context, EvidenceLog evidence, Findings findings, IReadOnlyList<HostEntry> vantages, IReadOnlyList<HostEntry> targets, CancellationToken ct, string? extraTcpPorts = null)
    {
        var policy = FlowPolicy.Of(context.Inventory);
        var extraTcp = extraTcpPorts is null ? [] : PortRanges.Parse(extraTcpPorts);
        var canary = context.Inventory.Expected.Get<FlowsExpectation>().CanaryPort;
        var usable = new ConcurrentDictionary<string, (HostEntry Host, IReadOnlyList<HostAddress> Addresses)>(StringComparer.Ordinal);
        await Task.WhenAll(vantages.Select(v => findings.ProbeAsync($"vantage {v.Name}", async () =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, v.Name, ct).ConfigureAwait(false);
            usable[v.Name] = (v, await HostFacts.AddressesAsync(context, v.Name, ct).ConfigureAwait(false));
        }, ct))).ConfigureAwait(false);
        var facts = new ConcurrentDictionary<string, (HostEntry Host, IReadOnlyList<HostAddress> Addresses, IReadOnlyList<ListeningSocket> Sockets)>(StringComparer.Ordinal);
        await Task.WhenAll(targets.Select(t => findings.ProbeAsync($"target {t.Name}", async () =>
        {
            var addresses = await HostFacts.AddressesAsync(context, t.Name, ct).ConfigureAwait(false);
            var sockets = await Scans.ListeningAsync(context, t.Name, ct).ConfigureAwait(false);
            RecordAddresses(evidence, findings, t, addresses);
            facts[t.Name] = (t, addresses, sockets);
        }, ct))).ConfigureAwait(false);

        var pairs = (from v in vantages where usable.ContainsKey(v.Name)
                     from t in targets where facts.ContainsKey(t.Name) && t.Name != v.Name
                     select (Vantage: usable[v.Name], Target: facts[t.Name])).ToList();
        var cells = new ConcurrentBag<MatrixCell>();
        await findings.EachAsync(pairs, p => $"{p.Vantage.Host.Name} -> {p.Target.Host.Name}", async p =>
        {
            // Every address and protocol of the pair at once: the probes mostly wait (for answers, for silence to be decided).
            var found = await Task.WhenAll(from address in p.Target.Addresses
                                           from proto in Protocols
                                           select ProbeAsync(context, evidence, policy, p.Vantage, p.Target, address.Address, proto, extraTcp, canary, ct)).ConfigureAwait(false);
            foreach (var cell in found.SelectMany(f => f))
            {
                cells.Add(cell);
            }
        }, ct, parallelism: Parallelism).ConfigureAwait(false);
        if (cells.IsEmpty)
        {
            findings.Unverified("no vantage/port pair of the matrix was probed");
        }

        return [.. cells.OrderBy(c => c.Vantage.Name, StringComparer.Ordinal).ThenBy(c => c.Target.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Address, StringComparer.Ordinal).ThenBy(c => c.Protocol, StringComparer.Ordinal).ThenBy(c => c.Port)];
    }

    private static void RecordAddresses(EvidenceLog evidence, Findings findings, HostEntry target, IReadOnlyList<HostAddress> addresses)
    {
        var have = addresses.Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        var missing = target.AllAddresses.Where(a => !have.Contains(HostAddress.Normalize(a))).ToList();
        evidence.Record(target.Name, target.Name, "global addresses (ip -j addr; link-local left out: not routable between segments)",
            $"the inventory's: {string.Join(' ', target.AllAddresses)}", $"has: {string.Join(' ', addresses.Select(a => $"{a.Address}/{a.PrefixLength} ({a.Interface})"))}");
        foreach (var address in missing)
        {
            findings.Unverified($"{target.Name}: inventory address {address} is not on the host (it has {string.Join(' ', have)}): not probed");
        }
    }

    private static async Task<IReadOnlyList<MatrixCell>> ProbeAsync(CheckContext context, EvidenceLog evidence, FlowPolicy policy,
        (HostEntry Host, IReadOnlyList<HostAddress> Addresses) vantage, (HostEntry Host, IReadOnlyList<HostAddress> Addresses, IReadOnlyList<ListeningSocket> Sockets) target,
        string address, string proto, IReadOnlyList<int> extraTcp, int? canary, CancellationToken ct)
    {
        var family = HostAddress.FamilyOf(address);
        var where = $"{target.Host.Name} {address}";
        var sockets = target.Sockets.Where(s => s.Protocol == proto).ToList();
        var listening = sockets.Where(s => HostFacts.Serves(s, address, target.Addresses, vantage.Addresses)).Select(s => s.Port).ToHashSet();
        var elsewhere = sockets.Where(s => s.Interface is not null && !s.LoopbackOnly && s.ServesAddress(address) && !listening.Contains(s.Port)).ToList();
        var allowed = policy.AllowedFrom(vantage.Host, proto).Where(f => f.Host.Name == target.Host.Name).Select(f => f.Port);
        var ports = listening.Concat(allowed).Concat(proto == "tcp" ? extraTcp : []).Concat(canary is { } c ? [c] : []).Distinct().Order().ToList();
        if (elsewhere.Count > 0)
        {
            evidence.Record(vantage.Host.Name, where, $"{proto} sockets bound to an interface", "-",
                $"{string.Join(", ", elsewhere.Select(s => $"{s.Port} on {s.Interface}"))}: serve only that interface's link, not this vantage (neither reachable nor unreachable from here)");
        }

        if (ports.Count == 0)
        {
            return [];
        }

        var started = context.Clock.GetUtcNow();
        var list = PortRanges.Format(ports);
        if (proto == "tcp")
        {
            var scan = await Scans.TcpAsync(context, vantage.Host.Name, address, list, ct).ConfigureAwait(false);
            List<MatrixCell> found = [.. ports.Select(p => new MatrixCell(vantage.Host, target.Host, address, proto, p, scan.OutcomeOf(p, PortClass.TimedOut),
                policy.Allows(vantage.Host, target.Host, proto, p), listening.Contains(p)))];
            evidence.Record(vantage.Host.Name, where, $"TCP/{family} connect to listening/allowed ports {list}",
                $"reachable only: {Describe(found.Where(c => c.Allowed && c.Listening))}", $"connected: {Describe(found.Where(c => c.Connected))}; {scan.Summary}", scan.Raw, started);
            return found;
        }

        var sources = vantage.Addresses.Select(a => a.Address).ToList();
        var watched = await WitnessedUdp.ScanAsync(context, vantage.Host.Name, sources, target.Host.Name, address, list, ct).ConfigureAwait(false);
        List<MatrixCell> heard = [.. ports.Select(p => new MatrixCell(vantage.Host, target.Host, address, proto, p, watched.Scan.OutcomeOf(p, PortClass.Silent),
            policy.Allows(vantage.Host, target.Host, proto, p), listening.Contains(p), watched.ArrivedAt(address, p)))];
        evidence.Record(vantage.Host.Name, where, $"UDP/{family} datagram to listening/allowed ports {list}, arrival watched on the target",
            $"reachable only: {Describe(heard.Where(c => c.Allowed && c.Listening))}",
            $"reached: {Describe(heard.Where(c => c.Connected))}; arrived at the target: {Describe(heard.Where(c => c.Arrived == true))}; {watched.Scan.Summary}", watched.Scan.Raw, started);
        return heard;
    }

    public static string Describe(IEnumerable<MatrixCell> cells)
    {
        var ports = cells.Select(c => c.Port).Distinct().ToList();
        return ports.Count == 0 ? "none" : PortRanges.Format(ports);
    }

    /// <summary>A vantage with allowed, listening destinations in the probed set that reached none of them is unverified (a broken
    /// vantage and a blocked flow look the same from there).</summary>
    public static void RequirePositiveFlows(IReadOnlyList<MatrixCell> cells, Findings findings)
    {
        foreach (var byVantage in cells.GroupBy(c => c.Vantage.Name))
        {
            var allowed = byVantage.Where(c => c.Allowed && c.Listening).ToList();
            if (allowed.Count > 0 && !allowed.Any(c => c.Connected))
            {
                findings.Unverified($"{byVantage.Key} reached none of its allowed services ({string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>Cells with a class the probe should never return (errors, a block on the vantage itself): their fact is not established.</summary>
    public static void RequireClassified(IReadOnlyList<MatrixCell> cells, Findings findings)
    {
        var odd = cells.Where(c => !c.Connected && !c.Blocked && !c.HostAnswered).ToList();
        if (odd.Count > 0)
        {
            findings.Unverified($"unexpected probe results: {string.Join("; ", odd.Take(10))}");
        }
    }

    /// <summary>The matrix for checks that need every cell established: anything unverified throws.</summary>
    public static async Task<IReadOnlyList<MatrixCell>> ProbeAsync(CheckContext context, EvidenceLog evidence, IReadOnlyList<HostEntry> vantages, IReadOnlyList<HostEntry> targets, CancellationToken ct, string? extraTcpPorts = null)
    {
        var findings = new Findings("vantage/target pair");
        var cells = await ProbeAsync(context, evidence, findings, vantages, targets, ct, extraTcpPorts).ConfigureAwait(false);
        var verdict = findings.Verdict("-");
        return verdict.Outcome == Compliance.Core.Outcomes.Outcome.Passed ? cells : throw new PrerequisiteFailedException(verdict.Message);
    }
}
