using System.Net;
using System.Text.RegularExpressions;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Reads <c>hosts:</c>: unique names, a known segment, valid addresses with the first inside the segment's CIDR,
/// a valid transport, and <c>via</c> naming another host.
/// </summary>
internal static partial class HostReader
{
    public static IReadOnlyList<HostEntry> Read(YamlFields root, IReadOnlyList<Segment> segments, string environmentDirectory)
    {
        var hosts = new List<HostEntry>();
        var fields = new List<YamlFields>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, index) in root.List("hosts").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(root.File, node, $"hosts[{index}]", "name", "segment", "addresses", "roles", "transport");
            var name = f.Text("name");
            if (!Name().IsMatch(name))
            {
                throw f.ErrorAt(f.Node("name"), "name", $"'{name}' is not a valid host name (letters, digits, '.', '_', '-')");
            }

            if (firstLine.TryGetValue(name, out var line))
            {
                throw f.ErrorAt(f.Node("name"), "name", $"duplicate host name '{name}' (first at line {line})");
            }

            firstLine[name] = f.Node("name").Line;
            var segmentName = f.Text("segment");
            var segment = segments.FirstOrDefault(s => s.Name == segmentName)
                ?? throw f.ErrorAt(f.Node("segment"), "segment", $"unknown segment '{segmentName}' (segments: {string.Join(", ", segments.Select(s => s.Name))})");
            var addresses = ReadAddresses(f, segment);
            var transport = TransportReader.Read(f, environmentDirectory);
            hosts.Add(new HostEntry(name, segmentName, addresses, f.TextList("roles", required: false), transport));
            fields.Add(f);
        }

        for (var i = 0; i < hosts.Count; i++)
        {
            TransportReader.CheckVia(fields[i], hosts[i], hosts);
        }

        return hosts;
    }

    internal static List<string> ReadAddresses(YamlFields f, Segment segment)
    {
        var nodes = f.List("addresses");
        if (nodes.Count == 0)
        {
            throw f.ErrorAt(f.Node("addresses"), "addresses", "at least one address is required");
        }

        var addresses = f.TextList("addresses", required: true);
        for (var i = 0; i < addresses.Count; i++)
        {
            if (!IsAddress(addresses[i]))
            {
                throw YamlFields.Error(nodes[i], f.Field($"addresses[{i}]"), $"'{addresses[i]}' is not an IP address", f.File);
            }
        }

        if (!IPNetwork.Parse(segment.Cidr).Contains(IPAddress.Parse(addresses[0])))
        {
            throw YamlFields.Error(nodes[0], f.Field("addresses[0]"), $"first address {addresses[0]} is outside segment '{segment.Name}' ({segment.Cidr})", f.File);
        }

        return [.. addresses];
    }

    internal static bool IsAddress(string text) =>
        (text.Contains('.', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal)) && IPAddress.TryParse(text, out _);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    internal static partial Regex Name();
}
