namespace Compliance.Core.Inventory.Loading;

/// <summary>Reads <c>not_applicable:</c>: a requirement or check ID with the reason, each target once.</summary>
internal static class NotApplicableReader
{
    public static IReadOnlyList<NotApplicableEntry> Read(YamlFields root)
    {
        var entries = new List<NotApplicableEntry>();
        foreach (var (node, index) in root.OptionalList("not_applicable").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(root.File, node, $"not_applicable[{index}]", "target", "reason");
            var target = f.Text("target");
            if (entries.Any(e => e.Target == target))
            {
                throw f.ErrorAt(f.Node("target"), "target", $"'{target}' is declared not applicable twice");
            }

            entries.Add(new NotApplicableEntry(target, f.Text("reason")));
        }

        return entries;
    }
}
