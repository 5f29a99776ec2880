using Compliance.Core.Catalog;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inputs;

/// <summary>
/// Loads <c>waivers.yaml</c>: <c>waivers:</c> a list of {target, justification, approver, ticket, expires}.
/// A missing file means no waivers. Expired waivers load (the run reports them as expired).
/// </summary>
public static class WaiverLoader
{
    private static readonly string[] Fields = ["target", "justification", "approver", "ticket", "expires"];

    /// <summary>The waivers of the file, without checking the targets.</summary>
    public static IReadOnlyList<Waiver> Load(string path) => Read(path, null);

    /// <summary>The waivers of the file; each target must be a policy of <paramref name="catalog"/> or one of <paramref name="knownCheckIds"/>.</summary>
    public static IReadOnlyList<Waiver> Load(string path, PolicyCatalog catalog, IEnumerable<string> knownCheckIds)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(knownCheckIds);
        var checks = knownCheckIds.ToHashSet(StringComparer.Ordinal);
        return Read(path, target => catalog.Find(target) is not null || checks.Contains(target));
    }

    private static List<Waiver> Read(string path, Func<string, bool>? isKnownTarget) =>
        [.. InputListFile.Items(path, "waivers", Fields).Select(item => ReadOne(item, isKnownTarget))];

    private static Waiver ReadOne(YamlFields item, Func<string, bool>? isKnownTarget)
    {
        var target = item.Text("target");
        if (isKnownTarget is not null && !isKnownTarget(target))
        {
            throw item.ErrorAt(item.Node("target"), "target", $"'{target}' is neither a requirement of the catalog nor a known check");
        }

        return new Waiver(
            target,
            item.Text("justification"),
            item.Text("approver"),
            item.OptionalText("ticket") ?? string.Empty,
            item.Date("expires"));
    }
}
