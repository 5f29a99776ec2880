using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Probes.Host;

/// <summary>Shell-style path globs as glob(3) reads them: <c>*</c> and <c>?</c> within one path component, <c>[...]</c> classes.</summary>
public static class Glob
{
    /// <summary>True when <paramref name="pattern"/> matches the whole of <paramref name="path"/>.</summary>
    public static bool Matches(string pattern, string path)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(path);
        return Regex.IsMatch(path, ToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>True when the pattern holds a wildcard.</summary>
    public static bool HasWildcard(string pattern) => Literal(pattern).Length < (pattern ?? "").Length;

    /// <summary>The pattern's leading part before its first wildcard.</summary>
    public static string Literal(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var at = pattern.IndexOfAny(['*', '?', '[']);
        return at < 0 ? pattern : pattern[..at];
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var close = c == '[' ? pattern.IndexOf(']', i + 2) : -1;
            regex.Append(c switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                '[' when close > 0 => Class(pattern[(i + 1)..close]),
                _ => Regex.Escape(c.ToString()),
            });
            if (c == '[' && close > 0)
            {
                i = close;
            }
        }

        return regex.Append('$').ToString();
    }

    private static string Class(string body) =>
        "[" + (body.StartsWith('!') || body.StartsWith('^') ? "^" + Escape(body[1..]) : Escape(body)) + "]";

    private static string Escape(string body) => body.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);
}
