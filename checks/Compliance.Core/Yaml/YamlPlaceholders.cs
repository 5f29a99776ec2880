using System.Text.RegularExpressions;
using Compliance.Core.Inputs;

namespace Compliance.Core.Yaml;

/// <summary>
/// Replaces <c>{name}</c> in every value of a tree (keys are left alone, positions are kept for error messages);
/// a <c>{name}</c> that is not one of the given placeholders is bad input at its value.
/// </summary>
internal static partial class YamlPlaceholders
{
    /// <summary>The tree with placeholders replaced; <paramref name="path"/> is the field path of <paramref name="node"/> for messages.</summary>
    public static YamlNode Substitute(string file, YamlNode node, IReadOnlyDictionary<string, string> values, string path = "") =>
        node switch
        {
            YamlScalar s => new YamlScalar(s.Line, s.Column, Replace(file, s, values, path), s.IsPlain),
            YamlSequence q => new YamlSequence(q.Line, q.Column, [.. q.Items.Select((item, i) => Substitute(file, item, values, $"{path}[{i}]"))]),
            YamlMapping m => new YamlMapping(m.Line, m.Column, [.. m.Entries.Select(e =>
                new KeyValuePair<YamlScalar, YamlNode>(e.Key, Substitute(file, e.Value, values, path.Length == 0 ? e.Key.Value : $"{path}.{e.Key.Value}")))]),
            _ => node,
        };

    private static string Replace(string file, YamlScalar scalar, IReadOnlyDictionary<string, string> values, string path) =>
        Placeholder().Replace(scalar.Value, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InputException(file, scalar.Line, scalar.Column, path.Length == 0 ? "(document)" : path,
                $"unknown placeholder {m.Value} (known: {string.Join(", ", values.Keys.Select(k => "{" + k + "}"))})"));

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
