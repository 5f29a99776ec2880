using System.Globalization;
using System.Text.RegularExpressions;

namespace Compliance.Probes.Host;

/// <summary>
/// Parses logrotate configuration: global defaults (in file order, as logrotate applies them to the blocks that
/// follow) and path blocks with <c>rotate</c>, the period and <c>maxage</c>.
/// </summary>
public static partial class LogrotateParser
{
    /// <summary>Parses files in the order logrotate reads them (the main file first, then the included ones).</summary>
    public static IReadOnlyList<LogrotateStanza> Parse(IEnumerable<(string Path, string Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stanzas = new List<LogrotateStanza>();
        var defaults = new Directives(0, 1, null);
        foreach (var (path, content) in files)
        {
            List<string>? patterns = null;
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

                if (line.EndsWith('{'))
                {
                    patterns = [.. line[..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('"'))];
                    current = defaults;
                }
                else if (line == "}")
                {
                    if (patterns is not null)
                    {
                        stanzas.Add(new LogrotateStanza(patterns, current.Rotate, current.PeriodDays, current.MaxAge, path));
                    }

                    patterns = null;
                }
                else if (line is "postrotate" or "prerotate" or "firstaction" or "lastaction" or "preremove")
                {
                    inScript = true;
                }
                else if (patterns is null)
                {
                    defaults = Apply(defaults, line);
                }
                else
                {
                    current = Apply(current, line);
                }
            }
        }

        return stanzas;
    }

    /// <summary>The last block (logrotate uses the last definition) whose pattern matches <paramref name="path"/>.</summary>
    public static LogrotateStanza? For(IReadOnlyList<LogrotateStanza> stanzas, string path)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        return stanzas.LastOrDefault(s => s.Patterns.Any(p => Glob(p).IsMatch(path)));
    }

    private static Directives Apply(Directives d, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words[0] switch
        {
            "rotate" when words.Length > 1 => d with { Rotate = Number(words[1]) },
            "hourly" => d with { PeriodDays = 1.0 / 24 },
            "daily" => d with { PeriodDays = 1 },
            "weekly" => d with { PeriodDays = 7 },
            "monthly" => d with { PeriodDays = 28 },
            "yearly" => d with { PeriodDays = 365 },
            "maxage" when words.Length > 1 => d with { MaxAge = Number(words[1]) },
            _ => d,
        };
    }

    private static int Number(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private sealed record Directives(int Rotate, double PeriodDays, int? MaxAge);
}
