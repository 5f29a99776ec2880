using System.Text.RegularExpressions;
using Compliance.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compliance.Core.Yaml;

/// <summary>
/// Reads one YAML document into a tree of positioned nodes. Rejects duplicate keys, non-scalar keys,
/// aliases, more than one document and a value still marked <c>CHANGE</c> (a template's placeholder, refused before any
/// value is used, so a half-filled copy of a template never connects anywhere), each as <see cref="InputException"/>
/// with file:line:column.
/// </summary>
internal static partial class YamlTree
{
    /// <summary>The document's root node, or null when the file holds no document (empty or comments only).</summary>
    public static YamlNode? Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new InputException(file, "file not found");
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException e)
        {
            throw new InputException(file, $"cannot read the file: {e.Message}");
        }

        return Parse(file, text);
    }

    /// <summary>The document's root node; a file without a document reads as an empty mapping.</summary>
    public static YamlNode ReadOrEmpty(string file) => Read(file) ?? new YamlMapping(1, 1, []);

    /// <summary>The root node of YAML <paramref name="text"/> read from <paramref name="file"/>, or null when it holds no document.</summary>
    public static YamlNode? Parse(string file, string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(file, parser, string.Empty);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new InputException(file, (int)second.Start.Line, (int)second.Start.Column, "(document)", "only one YAML document is allowed");
            }

            return root;
        }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line, (int)e.Start.Column, "(syntax)", Plain(e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed flow list).
            var last = parser.Current?.End ?? Mark.Empty;
            throw new InputException(file, Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column), "(syntax)", "malformed YAML after this position");
        }
    }

    private static YamlNode ReadNode(string file, IParser parser, string path)
    {
        var start = parser.Current ?? throw new InputException(file, "unexpected end of the document");
        int line = (int)start.Start.Line, column = (int)start.Start.Column;
        switch (start)
        {
            case Scalar scalar:
                parser.MoveNext();
                if (ChangeMarker().IsMatch(scalar.Value))
                {
                    throw new InputException(file, line, column, Display(path), $"'{scalar.Value}' is still marked CHANGE: replace it with this environment's own value");
                }

                return new YamlScalar(line, column, scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(file, parser, $"{path}[{items.Count}]"));
                }

                return new YamlSequence(line, column, items);
            case MappingStart:
                parser.MoveNext();
                return ReadMapping(file, parser, path, line, column);
            case AnchorAlias:
                throw new InputException(file, line, column, Display(path), "aliases are not supported");
            default:
                throw new InputException(file, line, column, Display(path), $"unexpected YAML element {start.GetType().Name}");
        }
    }

    private static YamlMapping ReadMapping(string file, IParser parser, string path, int line, int column)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (keyEvent is not Scalar keyScalar)
            {
                throw new InputException(file, (int)keyEvent.Start.Line, (int)keyEvent.Start.Column, Display(path), "keys must be plain values");
            }

            parser.MoveNext();
            var key = new YamlScalar((int)keyEvent.Start.Line, (int)keyEvent.Start.Column, keyScalar.Value, keyScalar.Style == ScalarStyle.Plain);
            var childPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            if (seen.TryGetValue(key.Value, out var firstLine))
            {
                throw new InputException(file, key.Line, key.Column, childPath, $"duplicate key (first at line {firstLine})");
            }

            seen[key.Value] = key.Line;
            entries.Add(new(key, ReadNode(file, parser, childPath)));
        }

        return new YamlMapping(line, column, entries);
    }

    /// <summary>The marker of a value a template leaves for the user to replace (a word of its own: not EXCHANGE or CHANGED).</summary>
    [GeneratedRegex(@"\bCHANGE\b")]
    private static partial Regex ChangeMarker();

    private static string Display(string path) => path.Length == 0 ? "(document)" : path;

    private static string Plain(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
