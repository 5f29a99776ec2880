using System.Globalization;
using Compliance.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Core.Yaml;

/// <summary>One YAML value with its file, key path and position; its conversions throw <see cref="InputException"/>.</summary>
public sealed class YamlField
{
    internal YamlField(string file, string path, YamlNode node)
    {
        File = file;
        Path = path;
        Node = node;
    }

    /// <summary>The file that holds the value.</summary>
    public string File { get; }

    /// <summary>The key path, e.g. <c>policies[3].mappings.iso27001</c> (empty for the root).</summary>
    public string Path { get; }

    /// <summary>The underlying node.</summary>
    public YamlNode Node { get; }

    /// <summary>1-based line of the value.</summary>
    public int Line => YamlPosition.Line(Node.Start);

    /// <summary>1-based column of the value.</summary>
    public int Column => YamlPosition.Column(Node.Start);

    /// <summary>True for an empty value, <c>~</c> or <c>null</c> written plain.</summary>
    public bool IsNull => Node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>An input error at this value.</summary>
    public InputException Error(string problem) =>
        new(File, Line, Column, Path.Length == 0 ? "(root)" : Path, problem);

    /// <summary>The scalar's text, which must not be empty or blank.</summary>
    public string AsText()
    {
        if (Node is not YamlScalarNode scalar)
        {
            throw Error("expected a single value, found a " + KindName());
        }

        if (IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            throw Error("must not be empty");
        }

        return scalar.Value!;
    }

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public DateOnly AsDate()
    {
        var text = AsText();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"'{text}' is not a date (YYYY-MM-DD)");
    }

    /// <summary>A whole number.</summary>
    public int AsNumber()
    {
        var text = AsText();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{text}' is not a whole number");
    }

    /// <summary>true or false.</summary>
    public bool AsFlag() => AsText() switch
    {
        "true" => true,
        "false" => false,
        var other => throw Error($"'{other}' is not true or false"),
    };

    /// <summary>A member of <typeparamref name="T"/> written in snake_case (<c>not_applicable</c> for <c>NotApplicable</c>).</summary>
    public T AsEnum<T>() where T : struct, Enum
    {
        var text = AsText();
        foreach (var value in Enum.GetValues<T>())
        {
            if (YamlNames.SnakeCase(value.ToString()) == text)
            {
                return value;
            }
        }

        throw Error($"'{text}' is not one of: {string.Join(", ", Enum.GetValues<T>().Select(v => YamlNames.SnakeCase(v.ToString())))}");
    }

    /// <summary>The value as a mapping.</summary>
    public YamlMap AsMap() => Node is YamlMappingNode mapping
        ? new YamlMap(File, Path, mapping)
        : throw Error("expected a mapping, found a " + KindName());

    /// <summary>The items of a sequence.</summary>
    public IReadOnlyList<YamlField> AsList() => Node is YamlSequenceNode sequence
        ? sequence.Children.Select((item, i) => new YamlField(File, YamlPath.Item(Path, i), item)).ToList()
        : throw Error("expected a list, found a " + KindName());

    /// <summary>The items of a sequence of non-empty values.</summary>
    public IReadOnlyList<string> AsTextList() => AsList().Select(item => item.AsText()).ToList();

    private string KindName() => Node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };
}
