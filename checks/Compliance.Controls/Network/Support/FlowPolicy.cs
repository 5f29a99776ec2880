using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>The allowed flows of the inventory, answering "may this host reach that host on this port?".</summary>
internal sealed class FlowPolicy(EnvironmentInventory inventory, FlowsExpectation flows)
{
    private readonly Dictionary<FlowRule, HashSet<int>> ports = flows.Allowed.Distinct().ToDictionary(r => r, r => PortRanges.Parse(r.Ports).ToHashSet());

    public static FlowPolicy Of(EnvironmentInventory inventory) => new(inventory, inventory.Expected.Get<FlowsExpectation>());

    public IReadOnlyList<string> Vantages => flows.Vantages;

    public bool Allows(HostEntry from, HostEntry to, string proto, int port) =>
        flows.Allowed.Any(r => r.Proto == proto && Matches(r.From, from) && Matches(r.To, to) && ports[r].Contains(port));

    /// <summary>The allowed TCP destinations of a vantage with single ports (host, port) — positive controls.</summary>
    public IReadOnlyList<(HostEntry Host, int Port)> AllowedTcpFrom(HostEntry from) => AllowedFrom(from, "tcp");

    /// <summary>The allowed destinations of a vantage over <paramref name="proto"/> (host, port), flows of at most 16 ports. A flow
    /// names hosts, not addresses: it allows each of the host's addresses, IPv4 and IPv6 alike.</summary>
    public IReadOnlyList<(HostEntry Host, int Port)> AllowedFrom(HostEntry from, string proto) =>
        [.. flows.Allowed.Where(r => r.Proto == proto && Matches(r.From, from))
            .SelectMany(r => Hosts.Expand(inventory, r.To).Where(h => h.Name != from.Name)
                .SelectMany(h => PortRanges.Parse(r.Ports).Count <= 16 ? PortRanges.Parse(r.Ports).Select(p => (h, p)) : []))
            .Distinct()];

    private static bool Matches(IReadOnlyList<string> names, HostEntry host) => names.Contains(host.Name) || names.Contains(host.Segment);
}
