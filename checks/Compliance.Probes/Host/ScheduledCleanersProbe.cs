using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Finds the scheduled cleaners that reach a log location: every line of the tmpfiles.d and cron files, of the
/// scripts the cron tables run (outside the system's binary directories) and of local systemd services, kept when it
/// names the location, a directory above it (<c>/</c> included), a path beneath it or a glob matching any of those.
/// </summary>
public static partial class ScheduledCleanersProbe
{
    private const string Sentinel = "-- cleaners searched --";

    private const string Script = """
        tables="/etc/crontab /etc/anacrontab $(ls -d /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/* 2>/dev/null)"
        for f in $tables $(ls -d /etc/cron.hourly/* /etc/cron.daily/* /etc/cron.weekly/* /etc/cron.monthly/* /etc/tmpfiles.d/*.conf /run/tmpfiles.d/*.conf /usr/lib/tmpfiles.d/*.conf /usr/local/lib/tmpfiles.d/*.conf /etc/systemd/system/*.service /etc/systemd/system/*/*.service 2>/dev/null); do
          [ -f "$f" ] && grep -IHn '' "$f"
        done
        for f in $tables; do [ -f "$f" ] && sed -e 's/#.*//' "$f"; done | grep -o '/[^[:space:];|&<>()"'"'"'`]*' | sort -u | while read -r w; do
          case "$w" in /bin/*|/sbin/*|/usr/bin/*|/usr/sbin/*|/etc/cron.*|/dev/*|/proc/*) continue;; esac
          [ -f "$w" ] && grep -IHn '' "$w"
        done
        echo "-- cleaners searched --"
        """;

    /// <summary>Every rule reaching <paramref name="path"/> (a file or directory) or one of <paramref name="files"/> beneath it; throws when the search did not complete.</summary>
    public static async Task<IReadOnlyList<CleanerRule>> FindAsync(ITransport transport, string path, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var result = await HostCommand.ScriptAsync(transport, Script, cancellationToken).ConfigureAwait(false);
        return result.StandardOutput.Contains(Sentinel, StringComparison.Ordinal)
            ? Parse(result.StandardOutput, path, files)
            : throw new InvalidOperationException($"the cleaner search did not complete on {transport.HostName}: {result.StandardError.Trim()}");
    }

    /// <summary>Parses <c>file:line:text</c> lines and keeps the rules reaching <paramref name="path"/>.</summary>
    public static IReadOnlyList<CleanerRule> Parse(string output, string path, IReadOnlyList<string>? files = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(path);
        var location = path.TrimEnd('/');
        var beneath = files ?? [];
        var rules = new List<CleanerRule>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != Sentinel).Distinct())
        {
            var m = Located().Match(line);
            if (!m.Success || m.Groups["text"].Value.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var text = m.Groups["text"].Value;
            var rule = m.Groups["file"].Value.Contains("tmpfiles.d/", StringComparison.Ordinal) ? Tmpfiles(line, text, location, beneath) : Command(line, text, location, beneath);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    /// <summary>A tmpfiles.d line: <c>type path mode user group age argument</c>.</summary>
    private static CleanerRule? Tmpfiles(string line, string text, string location, IReadOnlyList<string> files)
    {
        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || !Reaches(fields[1], location, files, out var above))
        {
            return null;
        }

        var type = fields[0].TrimEnd('!', '-', '=', '~', '^', '+');
        var removes = type is "r" or "R" || (type == "D" && above) || (type is "F" or "w" && !above);
        var age = fields.Length >= 6 ? Age(fields[5]) : null;
        return removes || (age is not null && above) ? new CleanerRule(line, removes, age) : null;
    }

    /// <summary>A command line of a cron table, script or service: kept when it names the location and deletes or truncates.</summary>
    private static CleanerRule? Command(string line, string text, string location, IReadOnlyList<string> files)
    {
        var named = PathWord().Matches(text).Select(w => w.Value.Trim('"', '\'')).Any(w => Reaches(w, location, files, out _));
        return named && Destructive().IsMatch(text) ? new CleanerRule(line, true, null) : null;
    }

    /// <summary>True when <paramref name="word"/> is the location, a directory above it, a path beneath it, or a glob matching one of those.</summary>
    private static bool Reaches(string word, string location, IReadOnlyList<string> files, out bool above)
    {
        var w = word.Length > 1 ? word.TrimEnd('/') : word;
        above = w == location || w == "/" || location.StartsWith(w + "/", StringComparison.Ordinal)
            || (Glob.HasWildcard(w) && Ancestors(location).Any(a => Glob.Matches(w, a)));
        return above || w.StartsWith(location + "/", StringComparison.Ordinal)
            || (Glob.HasWildcard(w) && (files.Any(f => Glob.Matches(w, f)) || Glob.Matches(w + "/*", location + "/x") || Glob.Literal(w).StartsWith(location + "/", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var p = path; p.Length > 0; p = p[..p.LastIndexOf('/')])
        {
            yield return p;
        }
    }

    private static int? Age(string age) =>
        age.StartsWith('~') ? Age(age[1..])
        : age.EndsWith('d') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d
        : age.EndsWith('w') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w * 7
        : age.EndsWith('h') || age.EndsWith('m') || age.EndsWith('s') || age.EndsWith("min", StringComparison.Ordinal) || age.EndsWith("ms", StringComparison.Ordinal) ? 0
        : int.TryParse(age, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? 0
        : null;

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<text>.*)$")]
    private static partial Regex Located();

    [GeneratedRegex(@"[""']?/[^\s;|&<>()`]*")]
    private static partial Regex PathWord();

    [GeneratedRegex(@"(^|[\s;&|(`""'])(rm|unlink|shred|truncate|rmdir)\s|-delete\b|-exec(dir)?\s+(/\S*/)?(rm|shred|truncate)\b|(^|[\s;&|(`]):\s*>[^>]|(^|[\s;&|(`])(true|cat\s+/dev/null)\s*>[^>]|cp\s+/dev/null\s|(^|[\s;&|(`])>\s*[""']?/(?!dev/)|\bxargs\s+(-\S+\s+)*(rm|shred|truncate)\b|\btee\s+[""']?/")]
    private static partial Regex Destructive();
}
