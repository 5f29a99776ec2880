namespace Compliance.Core.Yaml;

/// <summary>Builds the key paths that name a field in error messages, e.g. <c>policies[3].mappings.iso27001</c>.</summary>
public static class YamlPath
{
    /// <summary>The path of a key of the mapping at <paramref name="parent"/>.</summary>
    public static string Key(string parent, string key) =>
        string.IsNullOrEmpty(parent) ? key : $"{parent}.{key}";

    /// <summary>The path of an item (0-based) of the sequence at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) =>
        $"{parent}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
}
