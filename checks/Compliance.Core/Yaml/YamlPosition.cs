using YamlDotNet.Core;

namespace Compliance.Core.Yaml;

/// <summary>Converts YamlDotNet marks (1-based) to the line and column of an input error.</summary>
internal static class YamlPosition
{
    public static int Line(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    public static int Column(Mark mark) => (int)Math.Min(mark.Column, int.MaxValue);
}
