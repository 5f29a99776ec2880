using Compliance.Core.Catalog;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inputs;

/// <summary>
/// Loads <c>waivers.yaml</c>: <c>waivers:</c> a list of {target, justification, approver, ticket, expires}.
/// A missing file means no waivers. Expired waivers load (the run reports them as expired).
/// </summary>
public static class WaiverLoader
{
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

    private static List<Waiver> Read(string path, Func<string, bool>? isKnownTarget)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var root = YamlFile.LoadMap(path);
        var items = root.OptionalMapList("waivers");
        root.RejectUnknownKeys();
        return items.Select(item => ReadOne(item, isKnownTarget)).ToList();
    }

    private static Waiver ReadOne(YamlMap item, Func<string, bool>? isKnownTarget)
    {
        var targetField = item.Required("target");
        var target = targetField.AsText();
        if (isKnownTarget is not null && !isKnownTarget(target))
        {
            throw targetField.Error($"'{target}' is neither a requirement of the catalog nor a known check");
        }

        var waiver = new Waiver(
            target,
            item.RequiredText("justification"),
            item.RequiredText("approver"),
            item.OptionalText("ticket") ?? string.Empty,
            item.RequiredDate("expires"));
        item.RejectUnknownKeys();
        return waiver;
    }
}
