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
    /// Every TCP port of every outside address from the vantage; returns the violations (ports that connected), with what
    /// could not be verified; throws when nothing connected but an address could not be established.
    /// </summary>
    public static Task<string?> TcpViolationAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct) =>
        PerAddressAsync(context, vantage, a => TcpAddressAsync(context, evidence, vantage, a, ct), ct);

    /// <summary>Every UDP port of every outside address from the vantage; returns the violations (ports that answered), as <see cref="TcpViolationAsync"/>.</summary>
    public static Task<string?> UdpViolationAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct) =>
        PerAddressAsync(context, vantage, a => UdpAddressAsync(context, evidence, vantage, a, ct), ct);

    private static async Task<string?> PerAddressAsync(CheckContext context, string vantage, Func<string, Task<string?>> probe, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var findings = new Findings("outside address");
        await findings.EachAsync(egress.OutsideAddresses, a => $"{vantage} -> {a}", async a =>
        {
            if (await probe(a).ConfigureAwait(false) is { } violation)
            {
                findings.Violation(violation);
            }
        }, ct, context.Redactor).ConfigureAwait(false);
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
        var open = scan.PortsOf(PortClass.Connected);
        var refused = scan.PortsOf(PortClass.Refused);
        evidence.Record(vantage, $"outside {address}", $"TCP connect to ports {egress.TcpPorts} (drop timeout {egress.DropTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s)",
            "no port connected (timed out / ICMP unreachable / prohibited)", $"connected: {Fmt(open)}; refused: {Fmt(refused)}; {scan.Summary}", scan.Raw, started);
        var unknown = scan.WordsOf(PortClass.Error);
        if (open.Count > 0)
        {
            return $"{vantage} connected to {address} on TCP {PortRanges.Format(open)}";
        }

        if (scan.CountNotBlockedByTheNetwork > 0)
        {
            throw new PrerequisiteFailedException($"TCP to {address} was stopped on the vantage itself, not by the network, on {Fmt(scan.PortsNotBlockedByTheNetwork)} ({scan.Summary}): its own packet filter or routes prove nothing about the firewall");
        }

        if (refused.Count > 0 || unknown.Count > 0)
        {
            throw new PrerequisiteFailedException($"unexpected TCP results towards {address} (refused {Fmt(refused)}; {string.Join(' ', unknown)}): cannot tell the firewall from the outside host");
        }

        return null;
    }

    private static async Task<string?> UdpAddressAsync(CheckContext context, EvidenceLog evidence, string vantage, string address, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var started = context.Clock.GetUtcNow();
        var scan = await Scans.UdpAsync(context, vantage, address, egress.UdpPorts, ct).ConfigureAwait(false);
        var answered = scan.PortsOf(PortClass.Answered);
        evidence.Record(vantage, $"outside {address}", $"UDP datagram to ports {egress.UdpPorts}", "no answer (silence or ICMP unreachable)",
            $"answered: {Fmt(answered)}; {scan.Summary}", scan.Raw, started);
        if (answered.Count > 0)
        {
            return $"{vantage} got UDP answers from {address} on {PortRanges.Format(answered)}";
        }

        var portUnreachable = scan.PortsOf(PortClass.IcmpRefused);
        if (portUnreachable.Count > 0 || scan.CountNotBlockedByTheNetwork > 0 || scan.WordsOf(PortClass.Error).Count > 0)
        {
            throw new PrerequisiteFailedException($"unexpected UDP results towards {address} (port unreachable on {Fmt(portUnreachable)}; stopped on the vantage itself on {Fmt(scan.PortsNotBlockedByTheNetwork)}; {scan.Summary}): the outside host answers every port, and only the network's block counts");
        }

        return null;
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

    private static string Fmt(IReadOnlyList<int> ports) => ports.Count == 0 ? "none" : PortRanges.Format(ports);
}
