using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>Exhaustive egress probes to every listed outside address, with the sink's own positive control.</summary>
internal static class Egress
{
    private static readonly string[] DnsProtocols = ["udp", "tcp"];

    /// <summary>The sink accepts TCP / answers UDP, seen from the inventory's sink controls for that protocol.</summary>
    public static async Task RequireSinkAliveAsync(CheckContext context, EvidenceLog evidence, string proto, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var controls = egress.SinkControls.Where(c => c.Proto == proto).ToList();
        if (controls.Count == 0)
        {
            throw new PrerequisiteFailedException($"the inventory has no {proto} sink control: silence from the sink would prove nothing");
        }

        foreach (var control in controls)
        {
            var address = control.Address ?? egress.Sink;
            var scan = proto == "tcp"
                ? await Scans.TcpAsync(context, control.From, address, control.Ports, ct).ConfigureAwait(false)
                : await Scans.UdpAsync(context, control.From, address, control.Ports, ct).ConfigureAwait(false);
            var want = proto == "tcp" ? PortClass.Connected : PortClass.Answered;
            var count = PortRanges.Parse(control.Ports).Count;
            evidence.Record(control.From, $"sink {address}", $"{proto} sink positive control on ports {control.Ports}", $"{want.Describe()} on all {count}", scan.Summary, scan.Raw);
            if (scan.CountOf(want) != count)
            {
                throw new PrerequisiteFailedException($"the internet sink {address} does not answer {proto} {control.Ports} from {control.From} ({scan.Summary})");
            }
        }
    }

    /// <summary>
    /// Every TCP port of every listed outside address, and the sample's ports of every drawn one, from the vantage; returns
    /// the violations (ports that connected), with what could not be verified; throws when nothing connected but an
    /// address could not be established.
    /// </summary>
    public static Task<string?> TcpViolationAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct) =>
        PerAddressAsync(context, evidence, vantage, "tcp", a => TcpAddressAsync(context, evidence, vantage, a, ct), ct);

    /// <summary>Every UDP port of every listed outside address and the sample's of every drawn one; returns the violations (ports that answered), as <see cref="TcpViolationAsync"/>.</summary>
    public static Task<string?> UdpViolationAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct) =>
        PerAddressAsync(context, evidence, vantage, "udp", a => UdpAddressAsync(context, evidence, vantage, a, ct), ct);

    /// <summary>What the pass message says was probed: the listed addresses' ports, and the sample (or that none is configured).</summary>
    public static async Task<string> ScopeAsync(CheckContext context, EvidenceLog evidence, string proto, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var listed = $"every {proto.ToUpperInvariant()} port ({(proto == "tcp" ? egress.TcpPorts : egress.UdpPorts)}) of the outside addresses {string.Join(", ", egress.OutsideAddresses)}";
        return await EgressSample.DrawAsync(context, evidence, ct).ConfigureAwait(false) is { } drawn
            ? $"{listed}, and {drawn.Describe(proto)} of {drawn.Label} from {string.Join(", ", egress.OutsideSample!.Blocks)}"
            : $"{listed} (no outside sample is configured: other outside addresses were not probed)";
    }

    private static async Task<string?> PerAddressAsync(CheckContext context, EvidenceLog evidence, string vantage, string proto, Func<string, Task<string?>> probe, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var findings = new Findings("outside address");
        var drawn = await EgressSample.GetAsync(context, ct).ConfigureAwait(false);
        var listed = findings.EachAsync(egress.OutsideAddresses, a => $"{vantage} -> {a}", async a =>
        {
            if (await probe(a).ConfigureAwait(false) is { } violation)
            {
                findings.Violation(violation);
            }
        }, ct, context.Redactor);
        var sampled = drawn is null ? Task.CompletedTask : findings.ProbeAsync($"{vantage} -> {drawn.Label}", async () =>
        {
            if (await EgressSample.ViolationAsync(context, evidence, drawn, vantage, proto, ct).ConfigureAwait(false) is { } violation)
            {
                findings.Violation(violation);
            }
        }, ct, context.Redactor);
        await Task.WhenAll(listed, sampled).ConfigureAwait(false);
        var verdict = findings.Verdict("-");
        return verdict.Outcome switch
        {
            Outcome.Failed => verdict.Message,
            Outcome.Passed => null,
            _ => throw new PrerequisiteFailedException(verdict.Message),
        };
    }

    private static async Task<string?> TcpAddressAsync(CheckContext context, EvidenceLog evidence, string vantage, string address, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var started = context.Clock.GetUtcNow();
        var scan = await Scans.TcpAsync(context, vantage, address, egress.TcpPorts, ct, egress.DropTimeoutSeconds).ConfigureAwait(false);
        evidence.Record(vantage, $"outside {address}", $"TCP connect to ports {egress.TcpPorts} (drop timeout {egress.DropTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s)",
            "no port connected (timed out / ICMP unreachable / prohibited)", $"connected: {Fmt(scan.PortsOf(PortClass.Connected))}; refused: {Fmt(scan.PortsOf(PortClass.Refused))}; {scan.Summary}", scan.Raw, started);
        return EgressVerdicts.Violation(vantage, scan);
    }

    private static async Task<string?> UdpAddressAsync(CheckContext context, EvidenceLog evidence, string vantage, string address, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var started = context.Clock.GetUtcNow();
        var scan = await Scans.UdpAsync(context, vantage, address, egress.UdpPorts, ct).ConfigureAwait(false);
        evidence.Record(vantage, $"outside {address}", $"UDP datagram to ports {egress.UdpPorts}", "no answer (silence or ICMP unreachable)",
            $"answered: {Fmt(scan.PortsOf(PortClass.Answered))}; {scan.Summary}", scan.Raw, started);
        return EgressVerdicts.Violation(vantage, scan);
    }

    /// <summary>DNS queries to the outside resolver over UDP and TCP from the vantage; returns the violation.</summary>
    public static async Task<string?> OutsideDnsViolationAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var transport = await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false);
        var answers = await Task.WhenAll(DnsProtocols.Select(p => DnsProbe.QueryAsync(transport, egress.OutsideResolver, egress.ExternalName, p, ct))).ConfigureAwait(false);
        var reached = new List<string>();
        foreach (var a in answers)
        {
            evidence.Record(vantage, $"outside resolver {egress.OutsideResolver}", $"DNS A {egress.ExternalName} over {a.Protocol}", "timeout (blocked)", a.Outcome.ToString(), a.Raw);
            if (a.ReachedServer)
            {
                reached.Add($"{a.Protocol}: {a.Raw}");
            }
            else if (!a.Blocked)
            {
                throw new PrerequisiteFailedException($"{vantage}: unexpected DNS probe result {a.Raw}");
            }
        }

        return reached.Count > 0 ? $"{vantage} reached the outside resolver {egress.OutsideResolver} ({string.Join("; ", reached)})" : null;
    }

    /// <summary>The outside resolver answers the external name from the sink side (the name exists; a timeout means blocked).</summary>
    public static async Task RequireOutsideResolverAliveAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var answer = await context.Probes.GetAsync("outside-dns", async ct =>
            await DnsProbe.QueryAsync(await Hosts.TransportAsync(context, egress.SinkHost, ct).ConfigureAwait(false), egress.OutsideResolver, egress.ExternalName, "udp", ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        evidence.Record(egress.SinkHost, $"outside resolver {egress.OutsideResolver}", $"DNS A {egress.ExternalName} (positive control)", "answer", answer.Raw);
        if (!answer.Resolved)
        {
            throw new PrerequisiteFailedException($"the outside resolver does not answer {egress.ExternalName} even from the internet side: {answer.Raw}");
        }
    }

    private static string Fmt(IReadOnlyList<int> ports) => EgressVerdicts.Fmt(ports);
}
