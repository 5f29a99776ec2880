using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;

namespace Compliance.Controls.Network.Support;

/// <summary>Inventory look-ups shared by the network checks.</summary>
internal static class Hosts
{
    public static Task<ITransport> TransportAsync(CheckContext context, string host, CancellationToken ct) =>
        context.Transports.ForHostAsync(host, ct);

    /// <summary>Hosts named directly or as members of a named segment.</summary>
    public static IReadOnlyList<HostEntry> Expand(EnvironmentInventory inventory, IEnumerable<string> names) =>
        [.. names.SelectMany(n => inventory.Segments.Any(s => s.Name == n) ? inventory.HostsIn(n) : [inventory.Host(n)]).DistinctBy(h => h.Name)];

    /// <summary>Room terminals that have a lab host or vantage (a host entry of the inventory).</summary>
    public static IReadOnlyList<HostEntry> TerminalHosts(EnvironmentInventory inventory)
    {
        var unreachable = inventory.Terminals.Where(t => t.Host is null).Select(t => t.ManagementNumber).ToList();
        return unreachable.Count > 0
            ? throw Unreachable(unreachable)
            : [.. inventory.Terminals.Select(t => inventory.Host(t.Host!))];
    }

    /// <summary>The host a terminal is probed from; a terminal without a host entry is a vantage the suite cannot reach.</summary>
    public static HostEntry TerminalHost(EnvironmentInventory inventory, Terminal terminal) =>
        terminal.Host is { } host ? inventory.Host(host) : throw Unreachable([terminal.ManagementNumber]);

    private static UnreachableVantageException Unreachable(IReadOnlyList<string> terminals) =>
        new($"terminal(s) {string.Join(", ", terminals)} of the inventory have no host entry, so nothing probes from them: the check would cover fewer terminals than the room has");

    /// <summary>
    /// The room terminals with a host entry, then every other vantage of the flows on the room segment: an address in the
    /// room that no terminal is registered for (in the lab a host of its own, in production a sensor).
    /// </summary>
    public static IReadOnlyList<HostEntry> RoomVantages(EnvironmentInventory inventory)
    {
        var room = inventory.Expected.Get<DhcpExpectation>().RoomSegment;
        var others = inventory.Expected.Get<FlowsExpectation>().Vantages.Select(inventory.Host).Where(h => h.Segment == room);
        return [.. TerminalHosts(inventory).Concat(others).DistinctBy(h => h.Name)];
    }

    /// <summary>True when <paramref name="address"/> lies in <paramref name="cidr"/>.</summary>
    public static bool InCidr(string address, string cidr)
    {
        var parts = cidr.Split('/');
        var network = System.Net.IPAddress.Parse(parts[0]);
        var length = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return System.Net.IPAddress.TryParse(address, out var ip) && new System.Net.IPNetwork(network, length).Contains(ip);
    }
}
