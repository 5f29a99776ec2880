using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>
/// ENC-01: every TCP port of every IPv4 and IPv6 address a Secure Zone host has that a room terminal can connect to (all
/// 65,535 tried) speaks SSH or TLS; a plaintext answer (HTTP, a banner) fails, a port that says nothing identifiable is Not
/// verified. A UDP service the room reaches there (every UDP port a socket serves is tried, arrival seen on the target)
/// fails: it carries neither SSH nor TLS.
/// </summary>
public sealed class SecureZoneSpeaksOnlySshOrTlsToTheRoom : Check
{
    public override string ControlId => "ENC-01";

    public override string Title => "Every path from the security room into the Secure Zone is SSH or TLS";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var secure = context.Inventory.Expected.Get<EgressExpectation>().SecureVantages.Select(context.Inventory.Host).ToList();
        var terminals = Hosts.TerminalHosts(context.Inventory);
        var findings = new Findings("terminal/target pair");
        var cells = await Reachability.ProbeAsync(context, evidence, findings, terminals, secure, cancellationToken, "1-65535").ConfigureAwait(false);
        Reachability.RequireClassified(cells, findings);
        var reached = cells.Where(c => c.Connected).ToList();
        foreach (var udp in reached.Where(c => c.Protocol == "udp"))
        {
            findings.Violation($"UDP service reachable from the room (carries neither SSH nor TLS): {udp}");
        }

        await findings.EachAsync(reached.Where(c => c.Protocol == "tcp"), c => c.ToString(), async c =>
        {
            var transport = await Hosts.TransportAsync(context, c.Vantage.Name, cancellationToken).ConfigureAwait(false);
            var p = await ProtocolDetector.DetectAsync(transport, c.Address, c.Port, c.Target.Name, cancellationToken).ConfigureAwait(false);
            evidence.Record(c.Vantage.Name, $"{c.Target.Name} {c.Address}:{c.Port}", $"protocol detection over TCP/{c.Family} (SSH banner / TLS handshake / HTTP request)", "ssh or tls", p.Detail);
            if (p.Kind is "silent" or "closed")
            {
                findings.Unverified($"protocol could not be identified: {c} {p.Detail}");
            }
            else if (!p.Encrypted)
            {
                findings.Violation($"plaintext service reachable from the room: {c} {p.Detail}");
            }
        }, cancellationToken, parallelism: 4).ConfigureAwait(false);
        if (reached.Count == 0)
        {
            findings.Unverified("no terminal reaches any Secure Zone port: there is no path whose protocol could be shown");
        }

        return findings.Verdict($"{reached.Count} reachable ports (TCP and UDP, {string.Join(" and ", cells.Select(c => c.Family).Distinct().Order(StringComparer.Ordinal))}) from {terminals.Count} terminals all speak SSH or TLS");
    }
}
