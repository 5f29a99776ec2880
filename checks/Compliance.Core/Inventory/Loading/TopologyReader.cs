using System.Net;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Reads a lab inventory's <c>topology:</c> section: <c>file</c>, the lab's topology (segments with their router
/// address, hosts with segment, addresses and roles), and <c>transport</c>, the netns transport of every host in which
/// <c>{instance}</c> and <c>{host}</c> stand for the lab instance and the host's name. The router host (<c>router: true</c>)
/// is placed in the first segment with the router address of every segment. Errors name the topology file or the
/// inventory with line, column and field.
/// </summary>
internal static class TopologyReader
{
    private static readonly string[] HostFields = ["name", "segment", "addresses", "mac", "dhcp", "router", "services", "roles"];

    public static (IReadOnlyList<Segment> Segments, IReadOnlyList<HostEntry> Hosts) Read(YamlFields root, string environmentDirectory, string instance)
    {
        var section = new YamlFields(root.File, root.Node("topology"), "topology", "file", "transport");
        var file = Path.GetFullPath(Path.Combine(environmentDirectory, section.Text("file")));
        if (!File.Exists(file))
        {
            throw section.ErrorAt(section.Node("file"), "file", $"topology file {file} not found");
        }

        var topology = new YamlFields(file, YamlTree.Read(file), string.Empty, "segments", "hosts");
        var segments = SegmentReader.Read(topology, EnvironmentKind.Lab, "router", "cidr6", "router6");
        var routerAddresses = RouterAddresses(topology, segments);
        var prefixes6 = Prefixes6(topology);
        var hosts = new List<HostEntry>();
        foreach (var (node, index) in topology.List("hosts").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(file, node, $"hosts[{index}]", HostFields);
            var name = f.Text("name");
            if (!HostReader.Name().IsMatch(name))
            {
                throw f.ErrorAt(f.Node("name"), "name", $"'{name}' is not a valid host name (letters, digits, '.', '_', '-')");
            }

            if (hosts.Any(h => h.Name == name))
            {
                throw f.ErrorAt(f.Node("name"), "name", $"duplicate host name '{name}'");
            }

            var router = f.OptionalBool("router") == true;
            var (segment, addresses) = router ? (segments[0].Name, routerAddresses) : Placement(f, segments);
            IReadOnlyList<string> addresses6 = router
                ? [.. prefixes6.Values.Select(p => p.Router)]
                : prefixes6.TryGetValue(segment, out var p6) ? [.. addresses.Select(a => Derive6(p6.Prefix, a))] : [];
            hosts.Add(new HostEntry(name, segment, addresses, f.TextList("roles", required: false), Transport(section, name, instance, environmentDirectory))
            {
                Addresses6 = addresses6,
            });
        }

        return (segments, hosts);
    }

    private static readonly IPNetwork LabRange6 = IPNetwork.Parse("fd5e:1ab0:c0de::/48");

    /// <summary>The segments' IPv6 /64s (<c>cidr6</c>, inside fd5e:1ab0:c0de::/48) and router addresses (<c>router6</c>).</summary>
    private static Dictionary<string, (IPNetwork Prefix, string Router)> Prefixes6(YamlFields topology)
    {
        var prefixes = new Dictionary<string, (IPNetwork, string)>(StringComparer.Ordinal);
        foreach (var (node, i) in topology.List("segments").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(topology.File, node, $"segments[{i}]", "name", "cidr", "router", "cidr6", "router6", "description");
            if (f.OptionalText("cidr6") is not { } cidr6)
            {
                continue;
            }

            if (!IPNetwork.TryParse(cidr6, out var network) || network.PrefixLength != 64 || !LabRange6.Contains(network.BaseAddress))
            {
                throw f.ErrorAt(f.Node("cidr6"), "cidr6", $"'{cidr6}' is not a /64 inside fd5e:1ab0:c0de::/48");
            }

            var router6 = f.OptionalText("router6");
            if (router6 is null || !IPAddress.TryParse(router6, out var router) || !network.Contains(router))
            {
                throw f.ErrorAt(f.Node("cidr6"), "router6", $"router6 '{router6}' is not an address in {cidr6}");
            }

            prefixes[f.Text("name")] = (network, router.ToString());
        }

        return prefixes;
    }

    /// <summary>The lab's IPv6 address for an IPv4 address: the /64's prefix, then the IPv4 address's last octet as written.</summary>
    internal static string Derive6(IPNetwork prefix, string address4) =>
        IPAddress.Parse($"{prefix.BaseAddress.ToString().TrimEnd(':')}::{address4[(address4.LastIndexOf('.') + 1)..]}").ToString();

    private static (string Segment, IReadOnlyList<string> Addresses) Placement(YamlFields host, IReadOnlyList<Segment> segments)
    {
        var name = host.Text("segment");
        var segment = segments.FirstOrDefault(s => s.Name == name)
            ?? throw host.ErrorAt(host.Node("segment"), "segment", $"unknown segment '{name}' (segments: {string.Join(", ", segments.Select(s => s.Name))})");
        return (name, HostReader.ReadAddresses(host, segment));
    }

    private static List<string> RouterAddresses(YamlFields topology, IReadOnlyList<Segment> segments) =>
        [.. topology.List("segments").Select((node, i) =>
        {
            var f = new YamlFields(topology.File, node, $"segments[{i}]", "name", "cidr", "router", "cidr6", "router6", "description");
            var router = f.Text("router");
            if (!HostReader.IsAddress(router))
            {
                throw f.ErrorAt(f.Node("router"), "router", $"'{router}' is not an IP address");
            }

            return IPNetwork.Parse(segments[i].Cidr).Contains(IPAddress.Parse(router))
                ? router
                : throw f.ErrorAt(f.Node("router"), "router", $"router address {router} is outside the segment ({segments[i].Cidr})");
        })];

    private static TransportSettings Transport(YamlFields section, string host, string instance, string environmentDirectory)
    {
        _ = section.Node("transport");
        var template = section.Map.Entries.First(e => e.Key.Value == "transport");
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["instance"] = instance, ["host"] = host };
        var substituted = YamlPlaceholders.Substitute(section.File, template.Value, values, "topology.transport");
        var fields = new YamlFields(section.File, new YamlMapping(section.Map.Line, section.Map.Column, [new(template.Key, substituted)]), "topology", "transport");
        var transport = TransportReader.Read(fields, environmentDirectory);
        return transport.Kind == "netns"
            ? transport
            : throw section.ErrorAt(template.Value, "transport.kind", "the hosts of a lab topology are reached through netns");
    }
}
