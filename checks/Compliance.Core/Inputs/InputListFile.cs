using Compliance.Core.Yaml;

namespace Compliance.Core.Inputs;

/// <summary>An optional input file whose one top-level field is a list of mappings (<c>waivers:</c>, <c>attestations:</c>).</summary>
internal static class InputListFile
{
    /// <summary>
    /// The items of <paramref name="key"/>, each a mapping of the given <paramref name="fields"/>; a missing or empty
    /// file has none. Items are checked as they are enumerated.
    /// </summary>
    public static IEnumerable<YamlFields> Items(string path, string key, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var root = new YamlFields(path, YamlTree.ReadOrEmpty(path), string.Empty, [key], listAllowed: false);
        return root.OptionalList(key).Select((node, i) => new YamlFields(path, node, $"{key}[{i}]", fields, listAllowed: false));
    }
}
