using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Probes.Host;

/// <summary>
/// Parses logrotate configuration as logrotate reads it: global directives in file order (they apply to the blocks
/// that follow, also across <c>include</c>), and path blocks whose patterns may be several per line, quoted, or on lines
/// of their own before the <c>{</c>; scripts are skipped. A path that several blocks name is rotated by the first.
/// </summary>
public static partial class LogrotateParser
{
    private static readonly string[] Scripts = ["postrotate", "prerotate", "firstaction", "lastaction", "preremove"];

    /// <summary>Parses the main file; <paramref name="include"/> gives the files an <c>include</c> line reads, in order.</summary>
    public static IReadOnlyList<LogrotateStanza> Parse(string mainPath, string mainContent, Func<string, IReadOnlyList<(string Path, string Content)>> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        var stanzas = new List<LogrotateStanza>();
        var defaults = new Directives(0, 1, null, false, null);
        Read(mainPath, mainContent, include, stanzas, ref defaults, 0);
        return stanzas;
    }

    /// <summary>Parses files in the order logrotate reads them (the main file first, then the included ones); include lines are not followed.</summary>
    public static IReadOnlyList<LogrotateStanza> Parse(IEnumerable<(string Path, string Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stanzas = new List<LogrotateStanza>();
        var defaults = new Directives(0, 1, null, false, null);
        foreach (var (path, content) in files)
        {
            Read(path, content, _ => [], stanzas, ref defaults, 0);
        }

        return stanzas;
    }

    /// <summary>The first block (logrotate refuses a later duplicate) whose pattern matches <paramref name="path"/>.</summary>
    public static LogrotateStanza? For(IReadOnlyList<LogrotateStanza> stanzas, string path)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        return stanzas.FirstOrDefault(s => s.Patterns.Any(p => Glob.Matches(p, path)));
    }

    /// <summary>The blocks whose patterns name <paramref name="location"/> or something beneath it (so they would rotate files there even when none exists yet).</summary>
    public static IEnumerable<LogrotateStanza> Under(IReadOnlyList<LogrotateStanza> stanzas, string location)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        ArgumentNullException.ThrowIfNull(location);
        var root = location.TrimEnd('/');
        return stanzas.Where(s => s.Patterns.Any(p => p == root || Glob.Matches(p, root) || Glob.Literal(p).StartsWith(root + "/", StringComparison.Ordinal)
            || (Glob.Literal(p).Length < p.Length && root.StartsWith(Glob.Literal(p), StringComparison.Ordinal))));
    }

    private static void Read(string path, string content, Func<string, IReadOnlyList<(string Path, string Content)>> include, List<LogrotateStanza> stanzas, ref Directives defaults, int depth)
    {
        List<string>? patterns = null;
        var inBlock = false;
        var current = defaults;
        var inScript = false;
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (inScript)
            {
                inScript = line != "endscript";
                continue;
            }

            if (inBlock)
            {
                if (line.StartsWith('}'))
                {
                    stanzas.Add(new LogrotateStanza(patterns!, current.Rotate, current.PeriodDays, current.MaxAge, path, current.SizeBased, current.MaxSize));
                    inBlock = false;
                    patterns = null;
                }
                else if (Scripts.Contains(line.Split(' ', 2)[0]))
                {
                    inScript = true;
                }
                else
                {
                    current = Apply(current, line);
                }

                continue;
            }

            if (patterns is null && char.IsAsciiLetter(line[0]))
            {
                var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (words[0] == "include" && words.Length > 1 && depth < 8)
                {
                    foreach (var (file, text) in include(Unquote(words[1])))
                    {
                        Read(file, text, include, stanzas, ref defaults, depth + 1);
                    }
                }
                else
                {
                    defaults = Apply(defaults, line);
                }

                continue;
            }

            patterns ??= [];
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            patterns.AddRange(Words(brace < 0 ? line : line[..brace]));
            if (brace >= 0)
            {
                inBlock = true;
                current = defaults;
            }
        }
    }

    private static Directives Apply(Directives d, string line)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words[0] switch
        {
            "rotate" when words.Length > 1 && int.TryParse(words[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => d with { Rotate = Math.Max(n, 0) },
            "hourly" => d with { PeriodDays = 1.0 / 24, SizeBased = false },
            "daily" => d with { PeriodDays = 1, SizeBased = false },
            "weekly" => d with { PeriodDays = 7, SizeBased = false },
            "monthly" => d with { PeriodDays = 28, SizeBased = false },
            "yearly" => d with { PeriodDays = 365, SizeBased = false },
            "size" => d with { SizeBased = true },
            "maxsize" when words.Length > 1 => d with { MaxSize = words[1] },
            "maxage" when words.Length > 1 && int.TryParse(words[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) => d with { MaxAge = a },
            _ => d,
        };
    }

    /// <summary>Splits a pattern line into words, keeping quoted words (with spaces) whole.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in text + " ")
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }
    }

    private static string Unquote(string word) => word.Trim('"', '\'');

    private sealed record Directives(int Rotate, double PeriodDays, int? MaxAge, bool SizeBased, string? MaxSize);
}
