namespace Compliance.Core.Yaml;

/// <summary>A scalar; <see cref="IsNull"/> when it is an empty or null plain scalar.</summary>
internal sealed class YamlScalar(int line, int column, string value, bool plain) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True when the value was written without quotes.</summary>
    public bool IsPlain => plain;

    public bool IsNull => plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Shape => "a value";
}
