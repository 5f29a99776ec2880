using System.Net;
using System.Security.Cryptography;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// The run's sample of outside addresses beyond the listed ones: drawn once per run from the expected state's blocks
/// (a fresh seed unless one is fixed), proved alive by its positive controls, and probed from each vantage on the
/// sample's ports with one scan of all the addresses.
/// </summary>
internal static class EgressSample
{
    /// <summary>The run's draw (drawn once per run); null when the expected state names no sample.</summary>
    public static async Task<DrawnSample?> GetAsync(CheckContext context, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        return egress.OutsideSample is not { } sample ? null
            : await context.Probes.GetAsync("outside-sample", _ => Task.FromResult(Draw(context.Inventory, egress, sample)), ct).ConfigureAwait(false);
    }

    /// <summary>The run's draw as <see cref="GetAsync"/>, recorded in <paramref name="evidence"/> (the seed replays it), or that there is none.</summary>
    public static async Task<DrawnSample?> DrawAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        if (await GetAsync(context, ct).ConfigureAwait(false) is not { } drawn)
        {
            evidence.Record("-", "outside sample", "draw outside addresses beyond the listed ones", "a sample (egress.outside_sample)",
                "none configured: only the listed outside addresses are probed, other outside addresses are not seen");
            return null;
        }

        evidence.Record("-", "outside sample", $"draw {drawn.Addresses.Count} addresses from {string.Join(", ", egress.OutsideSample!.Blocks)} (seed {drawn.Seed}; never a listed outside address nor one of the environment's own segments)",
            "distinct addresses", string.Join(' ', drawn.Addresses));
        return drawn;
    }

    /// <summary>Draws the sample for <paramref name="inventory"/>: the fixed seed, else a fresh one.</summary>
    public static DrawnSample Draw(EnvironmentInventory inventory, EgressExpectation egress, OutsideSample sample)
    {
        var seed = sample.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var listed = egress.OutsideAddresses.Select(IPAddress.Parse).ToHashSet();
        var own = inventory.Segments.Select(s => IPNetwork.Parse(s.Cidr)).ToList();
        var addresses = AddressSample.Draw(sample.Networks, sample.Addresses, seed, a => listed.Contains(a) || own.Any(n => n.Contains(a)));
        return new DrawnSample(seed, [.. addresses.Select(a => a.ToString())],
            CommonPorts.Resolve("tcp", sample.TcpPorts), CommonPorts.Resolve("udp", sample.UdpPorts),
            CommonPorts.Describe("tcp", sample.TcpPorts), CommonPorts.Describe("udp", sample.UdpPorts));
    }

    /// <summary>The sample's positive controls for <paramref name="proto"/>: from each control host, its ports of every drawn address answer.</summary>
    public static async Task RequireAliveAsync(CheckContext context, EvidenceLog evidence, DrawnSample drawn, string proto, CancellationToken ct)
    {
        var controls = context.Inventory.Expected.Get<EgressExpectation>().OutsideSample!.Controls.Where(c => c.Proto == proto).ToList();
        if (controls.Count == 0)
        {
            throw new PrerequisiteFailedException($"the outside sample has no {proto} control: silence from the drawn addresses would prove nothing");
        }

        var want = proto == "tcp" ? PortClass.Connected : PortClass.Answered;
        foreach (var control in controls)
        {
            var scans = await Scans.ManyAsync(context, proto, control.From, drawn.Addresses, control.Ports, ct).ConfigureAwait(false);
            var count = PortRanges.Parse(control.Ports).Count;
            var silent = scans.Values.Where(s => s.CountOf(want) != count).Select(s => $"{s.Target} ({s.Summary})").ToList();
            evidence.Record(control.From, drawn.Label, $"{proto} positive control on ports {control.Ports} of every drawn address", $"{want.Describe()} on all {count} of each",
                silent.Count == 0 ? $"all {drawn.Addresses.Count} answered" : $"not answering: {string.Join("; ", silent)}");
            if (silent.Count > 0)
            {
                throw new PrerequisiteFailedException($"{silent.Count} drawn outside addresses do not answer {proto} {control.Ports} from {control.From}: {string.Join("; ", silent.Take(5))}");
            }
        }
    }

    /// <summary>
    /// The sample's ports of every drawn address from <paramref name="vantage"/>, after the sample's positive controls;
    /// returns the violations (naming address, port and vantage), with what could not be verified; throws when nothing
    /// answered but an address could not be established.
    /// </summary>
    public static async Task<string?> ViolationAsync(CheckContext context, EvidenceLog evidence, DrawnSample drawn, string vantage, string proto, CancellationToken ct)
    {
        await RequireAliveAsync(context, evidence, drawn, proto, ct).ConfigureAwait(false);
        var started = context.Clock.GetUtcNow();
        var scans = await Scans.ManyAsync(context, proto, vantage, drawn.Addresses, drawn.Ports(proto), ct, context.Inventory.Expected.Get<EgressExpectation>().DropTimeoutSeconds).ConfigureAwait(false);
        var findings = new Findings("drawn address");
        await findings.EachAsync(drawn.Addresses, a => $"{vantage} -> {a}", a =>
        {
            if (EgressVerdicts.Violation(vantage, scans[a]) is { } violation)
            {
                findings.Violation(violation);
            }

            return Task.CompletedTask;
        }, ct, context.Redactor).ConfigureAwait(false);
        var full = findings.Verdict("-");
        var verdict = Summarized(full, vantage, proto, drawn, scans);
        var quiet = scans.Values.Where(s => s.Groups.All(g => g.Class is PortClass.TimedOut or PortClass.Silent)).Select(s => s.Target).ToHashSet(StringComparer.Ordinal);
        evidence.Record(vantage, drawn.Label, $"{proto.ToUpperInvariant()} to {drawn.Describe(proto)} of each drawn address",
            proto == "tcp" ? "no port connected (timed out / ICMP unreachable / prohibited)" : "no answer (silence or ICMP unreachable)",
            full.Outcome == Outcome.Passed ? $"none of {drawn.Addresses.Count} addresses answered" : full.Message,
            string.Join('\n', scans.Values.Where(s => !quiet.Contains(s.Target)).Select(s => s.Raw).DefaultIfEmpty(scans.Values.First().Raw)), started);
        return verdict.Outcome switch
        {
            Outcome.Failed => verdict.Message,
            Outcome.Passed => null,
            _ => throw new PrerequisiteFailedException(verdict.Message),
        };
    }

    /// <summary>
    /// A failed verdict told by port: "ml01 connected to TCP 443 of 127 drawn addresses: a, b, ... and 117 more" (every
    /// address is in the evidence), followed by what could not be verified.
    /// </summary>
    private static Verdict Summarized(Verdict verdict, string vantage, string proto, DrawnSample drawn, IReadOnlyDictionary<string, PortScanResult> scans)
    {
        if (verdict.Outcome != Outcome.Failed)
        {
            return verdict;
        }

        var open = proto == "tcp" ? PortClass.Connected : PortClass.Answered;
        var verb = proto == "tcp" ? "connected to TCP" : "got UDP answers from";
        var byPorts = drawn.Addresses.Select(a => (Address: a, Ports: scans[a].PortsOf(open))).Where(x => x.Ports.Count > 0)
            .GroupBy(x => PortRanges.Format(x.Ports), StringComparer.Ordinal)
            .Select(g => $"{vantage} {verb} {g.Key} of {g.Count()} drawn {(g.Count() == 1 ? "address" : "addresses")}: {Listed([.. g.Select(x => x.Address)])}");
        const string gaps = "; could not verify: ";
        var at = verdict.Message.IndexOf(gaps, StringComparison.Ordinal);
        return Verdict.Fail(string.Join("; ", byPorts) + (at < 0 ? "" : verdict.Message[at..]));
    }

    private static string Listed(IReadOnlyList<string> addresses) =>
        addresses.Count <= 12 ? string.Join(", ", addresses) : $"{string.Join(", ", addresses.Take(10))} and {addresses.Count - 10} more (all in the evidence)";
}
