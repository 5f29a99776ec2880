using System.Text.RegularExpressions;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>Reads <c>not_applicable:</c>: a requirement ID (<c>PHY-01</c>) or check ID (<c>CheckName</c>) with the reason, each target once.</summary>
internal static partial class NotApplicableReader
{
    public static IReadOnlyList<NotApplicableEntry> Read(YamlFields root)
    {
        var entries = new List<NotApplicableEntry>();
        foreach (var (node, index) in root.OptionalList("not_applicable").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(root.File, node, $"not_applicable[{index}]", "target", "reason");
            var target = f.Text("target");
            if (!Target().IsMatch(target))
            {
                throw f.ErrorAt(f.Node("target"), "target", $"'{target}' is neither a requirement ID (e.g. PHY-01) nor a check ID (e.g. SecureZoneReachesNoInternetTcpPort)");
            }

            if (entries.Any(e => e.Target == target))
            {
                throw f.ErrorAt(f.Node("target"), "target", $"'{target}' is declared not applicable twice");
            }

            entries.Add(new NotApplicableEntry(target, f.Text("reason")));
        }

        return entries;
    }

    [GeneratedRegex("^([A-Z]{2,5}-[0-9]{2}|[A-Z][A-Za-z0-9]+)$")]
    private static partial Regex Target();
}
