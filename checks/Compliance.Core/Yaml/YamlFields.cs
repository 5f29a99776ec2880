using System.Globalization;
using Compliance.Core.Inputs;

namespace Compliance.Core.Yaml;

/// <summary>
/// Strict reading of one mapping: every key must be one of <c>allowed</c>, required fields must be present,
/// values must have the expected shape. Errors name the file, position and field path.
/// </summary>
internal sealed class YamlFields
{
    private readonly string path;

    /// <summary>Reads <paramref name="node"/> as a mapping; an unknown key is refused with the allowed keys listed.</summary>
    public YamlFields(string file, YamlNode? node, string path, params string[] allowed)
        : this(file, node, path, allowed, listAllowed: true)
    {
    }

    /// <summary>Reads <paramref name="node"/> as a mapping; <paramref name="listAllowed"/> says whether the refusal of an unknown key lists the allowed keys.</summary>
    public YamlFields(string file, YamlNode? node, string path, IReadOnlyCollection<string> allowed, bool listAllowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        File = file;
        this.path = path;
        Map = node as YamlMapping ?? throw Error(node, path, $"must be a mapping, found {node?.Shape ?? "nothing"}", file);
        foreach (var entry in Map.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            var problem = listAllowed ? $"unknown field (allowed: {string.Join(", ", allowed)})" : "unknown field";
            throw Error(entry.Key, Field(entry.Key.Value), problem, file);
        }
    }

    public YamlMapping Map { get; }

    public string File { get; }

    public string Field(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public YamlNode Node(string key) => Map[key] ?? throw Error(Map, Field(key), "missing required field", File);

    public YamlNode? OptionalNode(string key) => Map[key] is { } n && !(n is YamlScalar s && s.IsNull) ? n : null;

    public string Text(string key) => TextOf(Node(key), Field(key));

    public string? OptionalText(string key) => OptionalNode(key) is { } n ? TextOf(n, Field(key)) : null;

    public bool? OptionalBool(string key)
    {
        if (OptionalNode(key) is not { } n)
        {
            return null;
        }

        return TextOf(n, Field(key)).ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw Error(n, Field(key), "must be true or false", File),
        };
    }

    public int? OptionalInt(string key, int min, int max)
    {
        if (OptionalNode(key) is not { } n)
        {
            return null;
        }

        return int.TryParse(TextOf(n, Field(key)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw Error(n, Field(key), $"must be a whole number from {min} to {max}", File);
    }

    /// <summary>A required date written YYYY-MM-DD.</summary>
    public DateOnly Date(string key)
    {
        var text = Text(key);
        return ScalarConverter.Convert(typeof(DateOnly), text) as DateOnly?
            ?? throw ErrorAt(Node(key), key, $"'{text}' is not a date (YYYY-MM-DD)");
    }

    /// <summary>A required member of <typeparamref name="T"/> written in snake_case.</summary>
    public T Enum<T>(string key) where T : struct, Enum
    {
        var text = Text(key);
        return ScalarConverter.Convert(typeof(T), text) as T?
            ?? throw ErrorAt(Node(key), key, $"'{text}' is not {ScalarConverter.Describe(typeof(T))}");
    }

    public IReadOnlyList<YamlNode> List(string key) => ListOf(Node(key), Field(key));

    /// <summary>A required list that must hold at least one item.</summary>
    public IReadOnlyList<YamlNode> NonEmptyList(string key)
    {
        var items = List(key);
        return items.Count > 0 ? items : throw ErrorAt(Node(key), key, "must not be empty");
    }

    public IReadOnlyList<YamlNode> OptionalList(string key) => OptionalNode(key) is { } n ? ListOf(n, Field(key)) : [];

    public IReadOnlyList<string> TextList(string key, bool required)
    {
        var items = required ? List(key) : OptionalList(key);
        return [.. items.Select((n, i) => TextOf(n, $"{Field(key)}[{i}]"))];
    }

    public InputException ErrorAt(YamlNode node, string key, string problem) => Error(node, Field(key), problem, File);

    private string TextOf(YamlNode node, string field) =>
        node is YamlScalar s && !s.IsNull && s.Value.Trim().Length > 0
            ? s.Value
            : throw Error(node, field, node is YamlScalar ? "must not be empty" : $"must be a value, found {node.Shape}", File);

    private IReadOnlyList<YamlNode> ListOf(YamlNode node, string field) =>
        node as YamlSequence is { } seq ? seq.Items : throw Error(node, field, $"must be a list, found {node.Shape}", File);

    public static InputException Error(YamlNode? node, string field, string problem, string file) =>
        new(file, node?.Line ?? 1, node?.Column ?? 1, field.Length == 0 ? "(document)" : field, problem);
}
