namespace Compliance.Core.Yaml;

/// <summary>A YAML node with its 1-based position in the file.</summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, for messages ("a mapping", "a list", "a value").</summary>
    public abstract string Shape { get; }
}
