using Compliance.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Core.Yaml;

/// <summary>Loads one YAML file strictly: one document, no duplicate keys, positions kept for error messages.</summary>
public static class YamlFile
{
    /// <summary>
    /// The root of the file's single document, or null when the file holds no document (empty or comments only).
    /// Errors name <paramref name="path"/> as given.
    /// </summary>
    public static YamlField? Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>The root mapping of the file; an empty file is an empty mapping.</summary>
    public static YamlMap LoadMap(string path)
    {
        var root = Load(path);
        return root is null || root.IsNull ? YamlMap.Empty(path) : root.AsMap();
    }

    /// <summary>Parses YAML <paramref name="text"/> that came from <paramref name="file"/>.</summary>
    public static YamlField? Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            DuplicateKeyScanner.Scan(file, text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim();
            throw new InputException(file, YamlPosition.Line(e.Start), YamlPosition.Column(e.Start), "(syntax)", problem);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new InputException(file, YamlPosition.Line(second), YamlPosition.Column(second), "(root)", "the file must hold a single YAML document");
        }

        return stream.Documents.Count == 0 ? null : new YamlField(file, string.Empty, stream.Documents[0].RootNode);
    }
}
