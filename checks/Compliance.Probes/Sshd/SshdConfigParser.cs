namespace Compliance.Probes.Sshd;

/// <summary>
/// Reads one sshd_config(5) file for what the effective-settings reads need: its Include patterns (relative ones are
/// under /etc/ssh) and its Match lines with their criteria. Keywords are case-insensitive; a keyword may be followed
/// by <c>=</c>; <c>#</c> at the start of a word starts a comment; arguments may be double-quoted.
/// </summary>
public static class SshdConfigParser
{
    /// <summary>The directory relative Include paths are taken from.</summary>
    public const string ConfigDirectory = "/etc/ssh";

    /// <summary>Parses the text of the file at <paramref name="path"/>; a Match line sshd would refuse throws <see cref="SshdSettingsException"/>.</summary>
    public static SshdConfigFile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var includes = new List<string>();
        var blocks = new List<SshdMatchBlock>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = Words(lines[i]);
            if (words.Count == 0)
            {
                continue;
            }

            switch (words[0].ToLowerInvariant())
            {
                case "include":
                    includes.AddRange(words.Skip(1).Select(p => p.StartsWith('/') ? p : $"{ConfigDirectory}/{p}"));
                    break;
                case "match":
                    blocks.Add(new SshdMatchBlock(path, i + 1, Criteria(path, i + 1, words)));
                    break;
                default:
                    break;
            }
        }

        return new SshdConfigFile(path, includes, blocks);
    }

    private static List<SshdMatchCriterion> Criteria(string path, int line, List<string> words)
    {
        var criteria = new List<SshdMatchCriterion>();
        for (var i = 1; i < words.Count; i++)
        {
            var keyword = words[i].ToLowerInvariant();
            if (keyword == "all")
            {
                criteria.Add(new SshdMatchCriterion("all", ""));
                continue;
            }

            if (i + 1 >= words.Count)
            {
                throw new SshdSettingsException($"{path}:{line}: Match criterion {words[i]} has no pattern");
            }

            criteria.Add(new SshdMatchCriterion(keyword, words[++i]));
        }

        return criteria.Count > 0 ? criteria : throw new SshdSettingsException($"{path}:{line}: Match line without criteria");
    }

    /// <summary>The words of a line: the keyword (an <c>=</c> after it ends it) and its arguments, quotes removed; none for a comment.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var text = line.Trim();
        if (text.Length == 0 || text[0] == '#')
        {
            return words;
        }

        var current = new System.Text.StringBuilder();
        var quoted = false;
        var started = false;
        foreach (var c in text)
        {
            if (!quoted && !started && c == '#')
            {
                break;
            }

            if (c == '"')
            {
                quoted = !quoted;
                started = true;
            }
            else if (!quoted && (char.IsWhiteSpace(c) || (c == '=' && words.Count == 0)))
            {
                Flush();
            }
            else
            {
                current.Append(c);
                started = true;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (started)
            {
                words.Add(current.ToString());
            }

            current.Clear();
            started = false;
        }
    }
}
