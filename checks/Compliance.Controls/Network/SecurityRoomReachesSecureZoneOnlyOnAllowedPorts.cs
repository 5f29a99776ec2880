using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-04: from every room terminal, and from every other vantage in the room (an address no terminal is registered for),
/// every TCP port (all 65,535) of every IPv4 and IPv6 address a Secure Zone host has is tried, and every UDP port a socket
/// there serves (with the allowed ones and the canary): exactly the ports the flows allow that vantage (HTTPS 443 from the
/// Windows terminals) are reached, and the allowed services that listen are reachable.
/// </summary>
public sealed class SecurityRoomReachesSecureZoneOnlyOnAllowedPorts : Check
{
    public override string ControlId => "NET-04";

    public override string Title => "From the security room the Secure Zone accepts HTTPS on 443 and nothing else";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var secure = context.Inventory.Expected.Get<EgressExpectation>().SecureVantages.Select(context.Inventory.Host).ToList();
        var terminals = Hosts.RoomVantages(context.Inventory);
        var findings = new Findings("vantage/target pair");
        var cells = await Reachability.ProbeAsync(context, evidence, findings, terminals, secure, cancellationToken, "1-65535").ConfigureAwait(false);
        Reachability.RequireClassified(cells, findings);
        var unexpected = cells.Where(c => c.Connected && !c.Allowed).ToList();
        var broken = cells.Where(c => c.Allowed && c.Listening && !c.Connected).ToList();
        if (unexpected.Count > 0)
        {
            findings.Violation($"reachable without an allowed flow: {string.Join(", ", unexpected)}");
        }

        if (broken.Count > 0)
        {
            findings.Violation($"allowed but unreachable: {string.Join(", ", broken)}");
        }

        return findings.Verdict($"from {terminals.Count} room vantages ({string.Join(", ", terminals.Select(t => t.Name))}) only the allowed ports of the Secure Zone are reached ({string.Join(", ", cells.Where(c => c.Connected).Select(c => $"{c.Protocol}/{c.Family} {c.Port}").Distinct().Order(StringComparer.Ordinal))})");
    }
}
