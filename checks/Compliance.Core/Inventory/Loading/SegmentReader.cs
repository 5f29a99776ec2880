using System.Net;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Reads <c>segments:</c>: unique names, valid CIDRs; a lab's segments must lie in 198.18.0.0/15.
/// <c>otherFields</c> are further keys a segment may have (a lab topology's <c>router</c>).
/// </summary>
internal static class SegmentReader
{
    private static readonly IPNetwork LabRange = IPNetwork.Parse("198.18.0.0/15");

    public static IReadOnlyList<Segment> Read(YamlFields root, EnvironmentKind kind, params string[] otherFields)
    {
        string[] allowed = ["name", "cidr", "description", .. otherFields];
        var segments = new List<Segment>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, index) in root.List("segments").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(root.File, node, $"segments[{index}]", allowed);
            var name = f.Text("name");
            if (firstLine.TryGetValue(name, out var line))
            {
                throw f.ErrorAt(f.Node("name"), "name", $"duplicate segment name '{name}' (first at line {line})");
            }

            firstLine[name] = f.Node("name").Line;
            var cidr = f.Text("cidr");
            if (!IPNetwork.TryParse(cidr, out var network))
            {
                throw f.ErrorAt(f.Node("cidr"), "cidr", $"'{cidr}' is not a network in CIDR notation (e.g. 198.18.10.0/24)");
            }

            if (kind == EnvironmentKind.Lab && !(LabRange.Contains(network.BaseAddress) && network.PrefixLength >= LabRange.PrefixLength))
            {
                throw f.ErrorAt(f.Node("cidr"), "cidr", $"lab segment {cidr} is outside 198.18.0.0/15");
            }

            segments.Add(new Segment(name, cidr, f.OptionalText("description") ?? string.Empty));
        }

        return segments;
    }
}
