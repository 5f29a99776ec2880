using Compliance.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compliance.Core.Yaml;

/// <summary>
/// Walks the parser events of a YAML text and rejects a key that occurs twice in one mapping
/// (YAML forbids it; a silent "last one wins" would hide a mistake) and keys that are not scalars.
/// </summary>
internal static class DuplicateKeyScanner
{
    public static void Scan(string file, string text)
    {
        var parser = new Parser(new StringReader(text));
        var frames = new Stack<Frame>();
        var last = Mark.Empty;
        while (Advance(parser, file, last))
        {
            last = parser.Current!.End;
            switch (parser.Current)
            {
                case MappingStart start:
                    frames.Push(new Frame(true, ChildPath(file, frames, start)));
                    break;
                case SequenceStart start:
                    frames.Push(new Frame(false, ChildPath(file, frames, start)));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
                case Scalar or AnchorAlias:
                    ChildPath(file, frames, (ParsingEvent)parser.Current);
                    break;
            }
        }
    }

    private static bool Advance(Parser parser, string file, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            // The scanner of YamlDotNet fails this way on some malformed input (an unclosed flow list).
            throw new InputException(file, Math.Max(1, YamlPosition.Line(last)), Math.Max(1, YamlPosition.Column(last)), "(syntax)", "malformed YAML after this position");
        }
    }

    private static string ChildPath(string file, Stack<Frame> frames, ParsingEvent node)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var frame = frames.Peek();
        if (!frame.IsMapping)
        {
            return YamlPath.Item(frame.Path, frame.Index++);
        }

        if (frame.ExpectKey)
        {
            AcceptKey(file, frame, node);
            return string.Empty;
        }

        frame.ExpectKey = true;
        return YamlPath.Key(frame.Path, frame.CurrentKey);
    }

    private static void AcceptKey(string file, Frame frame, ParsingEvent node)
    {
        var line = YamlPosition.Line(node.Start);
        var column = YamlPosition.Column(node.Start);
        if (node is not Scalar scalar)
        {
            throw new InputException(file, line, column, frame.Path.Length == 0 ? "(root)" : frame.Path, "a key must be a plain string");
        }

        var path = YamlPath.Key(frame.Path, scalar.Value);
        if (frame.Keys.TryGetValue(scalar.Value, out var first))
        {
            throw new InputException(file, line, column, path, $"duplicate key (first at line {YamlPosition.Line(first)})");
        }

        frame.Keys.Add(scalar.Value, node.Start);
        frame.CurrentKey = scalar.Value;
        frame.ExpectKey = false;
    }

    private sealed class Frame(bool isMapping, string path)
    {
        public bool IsMapping { get; } = isMapping;

        public string Path { get; } = path;

        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);

        public bool ExpectKey { get; set; } = true;

        public string CurrentKey { get; set; } = string.Empty;

        public int Index { get; set; }
    }
}
