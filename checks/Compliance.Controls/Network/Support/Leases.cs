using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>Cached DHCP exchanges of the run, with evidence.</summary>
internal static class Leases
{
    public static async Task<DhcpLease> OwnAsync(CheckContext context, EvidenceLog evidence, string host, CancellationToken ct)
    {
        var dhcp = context.Inventory.Expected.Get<DhcpExpectation>();
        var entry = context.Inventory.Host(host);
        var terminal = context.Inventory.Terminals.FirstOrDefault(t => t.Host == host);
        var lease = await context.Probes.GetAsync($"dhcp-own|{host}", async ct =>
            await DhcpProbe.RequestAsync(await Hosts.TransportAsync(context, host, ct).ConfigureAwait(false), terminal?.Ip ?? entry.Address, null, dhcp.TimeoutSeconds, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        evidence.Record(host, $"DHCP on {dhcp.RoomSegment}", $"dhclient on the own interface (MAC {lease.Mac})", terminal is null ? "a lease" : $"MAC {terminal.Mac} gets {terminal.Ip}",
            lease.Address is null ? "no lease" : $"lease {lease.Address} from {lease.Server}", lease.Raw);
        return lease;
    }
}
