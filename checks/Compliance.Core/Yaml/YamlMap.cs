using YamlDotNet.RepresentationModel;

namespace Compliance.Core.Yaml;

/// <summary>
/// A YAML mapping read strictly: required fields must be present and non-empty, and after reading,
/// <see cref="RejectUnknownKeys"/> rejects every key that no accessor asked for.
/// </summary>
public sealed class YamlMap
{
    private readonly List<(YamlField Key, YamlField Value)> entries;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    internal YamlMap(string file, string path, YamlMappingNode node)
    {
        File = file;
        Path = path;
        Line = YamlPosition.Line(node.Start);
        Column = YamlPosition.Column(node.Start);
        entries = node.Children
            .Select(pair => (
                new YamlField(file, YamlPath.Key(path, KeyText(pair.Key)), pair.Key),
                new YamlField(file, YamlPath.Key(path, KeyText(pair.Key)), pair.Value)))
            .ToList();
    }

    private YamlMap(string file)
    {
        File = file;
        Path = string.Empty;
        Line = 1;
        Column = 1;
        entries = [];
    }

    /// <summary>The file that holds the mapping.</summary>
    public string File { get; }

    /// <summary>The key path of the mapping (empty for the root).</summary>
    public string Path { get; }

    /// <summary>1-based line where the mapping starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the mapping starts.</summary>
    public int Column { get; }

    /// <summary>The keys in document order.</summary>
    public IEnumerable<string> Keys => entries.Select(e => KeyText(e.Key.Node));

    /// <summary>The value of <paramref name="key"/>, or null when it is absent or empty.</summary>
    public YamlField? Optional(string key)
    {
        asked.Add(key);
        var value = entries.FirstOrDefault(e => KeyText(e.Key.Node) == key).Value;
        return value is null || value.IsNull ? null : value;
    }

    /// <summary>The value of <paramref name="key"/>; absent or empty is an error.</summary>
    public YamlField Required(string key)
    {
        var value = Optional(key);
        if (value is not null)
        {
            return value;
        }

        var present = entries.FirstOrDefault(e => KeyText(e.Key.Node) == key).Value;
        throw present is not null
            ? present.Error("must not be empty")
            : new Inputs.InputException(File, Line, Column, YamlPath.Key(Path, key), "missing required field");
    }

    /// <summary>A required non-empty single value.</summary>
    public string RequiredText(string key) => Required(key).AsText();

    /// <summary>An optional single value (null when absent).</summary>
    public string? OptionalText(string key) => Optional(key)?.AsText();

    /// <summary>A required list of non-empty values; the list itself must not be empty.</summary>
    public IReadOnlyList<string> RequiredTextList(string key)
    {
        var field = Required(key);
        var items = field.AsTextList();
        return items.Count > 0 ? items : throw field.Error("must not be empty");
    }

    /// <summary>An optional list of non-empty values (empty when absent).</summary>
    public IReadOnlyList<string> OptionalTextList(string key) => Optional(key)?.AsTextList() ?? [];

    /// <summary>A required mapping.</summary>
    public YamlMap RequiredMap(string key) => Required(key).AsMap();

    /// <summary>An optional mapping (null when absent).</summary>
    public YamlMap? OptionalMap(string key) => Optional(key)?.AsMap();

    /// <summary>A required list of mappings; the list itself must not be empty.</summary>
    public IReadOnlyList<YamlMap> RequiredMapList(string key)
    {
        var field = Required(key);
        var items = field.AsList().Select(item => item.AsMap()).ToList();
        return items.Count > 0 ? items : throw field.Error("must not be empty");
    }

    /// <summary>An optional list of mappings (empty when absent).</summary>
    public IReadOnlyList<YamlMap> OptionalMapList(string key) =>
        Optional(key)?.AsList().Select(item => item.AsMap()).ToList() ?? [];

    /// <summary>A required date (YYYY-MM-DD).</summary>
    public DateOnly RequiredDate(string key) => Required(key).AsDate();

    /// <summary>A required enum member written in snake_case.</summary>
    public T RequiredEnum<T>(string key) where T : struct, Enum => Required(key).AsEnum<T>();

    /// <summary>An optional enum member written in snake_case (null when absent).</summary>
    public T? OptionalEnum<T>(string key) where T : struct, Enum => Optional(key)?.AsEnum<T>();

    /// <summary>Rejects the first key (in document order) that no accessor asked for.</summary>
    public void RejectUnknownKeys()
    {
        var unknown = entries.FirstOrDefault(e => !asked.Contains(KeyText(e.Key.Node))).Key;
        if (unknown is not null)
        {
            throw unknown.Error("unknown field");
        }
    }

    /// <summary>An empty mapping standing for an empty file.</summary>
    internal static YamlMap Empty(string file) => new(file);

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
}
