using System.Text.RegularExpressions;

namespace Compliance.Probes.Host;

/// <summary>
/// Parses sudoers files: user specifications with their run-as lists, tags and commands, the four alias kinds
/// (expanded), <c>Defaults</c> (skipped) and include directives. Aliases are shared across the files of one
/// parser, in the order sudo reads them.
/// </summary>
public sealed partial class SudoersParser
{
    private readonly Dictionary<string, List<string>> userAliases = [];
    private readonly Dictionary<string, List<string>> runAsAliases = [];
    private readonly Dictionary<string, List<string>> commandAliases = [];

    /// <summary>Parses one file's content.</summary>
    public SudoersFile Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rules = new List<SudoersRule>();
        var files = new List<string>();
        var dirs = new List<string>();
        foreach (var (line, number) in LogicalLines(content))
        {
            var include = Include().Match(line);
            if (include.Success)
            {
                (include.Groups["dir"].Success ? dirs : files).Add(include.Groups["path"].Value.Trim());
                continue;
            }

            var text = StripComment(line).Trim();
            if (text.Length == 0 || text.StartsWith("Defaults", StringComparison.Ordinal))
            {
                continue;
            }

            var alias = Alias().Match(text);
            if (alias.Success)
            {
                AddAliases(alias.Groups["kind"].Value, alias.Groups["body"].Value);
                continue;
            }

            rules.AddRange(ParseUserSpec(text, path, number));
        }

        return new SudoersFile(path, rules, files, dirs);
    }

    private IEnumerable<SudoersRule> ParseUserSpec(string text, string path, int number)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            throw new FormatException($"{path}:{number}: not a sudoers rule: {text}");
        }

        var left = Whitespace().Split(CommaSpace().Replace(text[..eq].Trim(), ","));
        var principals = Expand(left[0].Split(',', StringSplitOptions.RemoveEmptyEntries), userAliases);
        foreach (var segment in HostSeparator().Split(text[(eq + 1)..]))
        {
            List<string> users = [], groups = [], options = [];
            foreach (var raw in TopLevelItems(segment))
            {
                var item = raw.Trim();
                var runAs = RunAs().Match(item);
                if (runAs.Success)
                {
                    var parts = runAs.Groups[1].Value.Split(':', 2);
                    users = Expand(parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), runAsAliases);
                    groups = parts.Length > 1 ? Expand(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), runAsAliases) : [];
                    options = [];
                    item = item[runAs.Length..].Trim();
                }

                for (var tag = TagOrOption().Match(item); tag.Success && item.Length > 0; tag = TagOrOption().Match(item))
                {
                    options.Add(tag.Groups["name"].Value);
                    item = item[tag.Length..];
                }

                foreach (var command in Expand([item], commandAliases).Where(c => !c.StartsWith('!')))
                {
                    foreach (var single in SudoCommandList.Split(command))
                    {
                        yield return new SudoersRule(principals, new SudoRight(users, groups, [.. options], single, $"{path}:{number}"), path, number);
                    }
                }
            }
        }
    }

    private void AddAliases(string kind, string body)
    {
        var map = kind switch { "User" => userAliases, "Runas" => runAsAliases, "Host" => null, _ => commandAliases };
        foreach (var definition in AliasSeparator().Split(body))
        {
            var eq = definition.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && map is not null)
            {
                map[definition[..eq].Trim()] = [.. TopLevelItems(definition[(eq + 1)..]).Select(i => i.Trim()).Where(i => i.Length > 0)];
            }
        }
    }

    private static List<string> Expand(IEnumerable<string> items, Dictionary<string, List<string>> aliases, int depth = 0)
    {
        var result = new List<string>();
        foreach (var item in items.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            var negated = item.StartsWith('!');
            var name = negated ? item[1..].Trim() : item;
            if (depth < 16 && aliases.TryGetValue(name, out var members))
            {
                result.AddRange(Expand(members, aliases, depth + 1).Select(m => negated ? "!" + m : m));
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static IEnumerable<string> TopLevelItems(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }

    private static IEnumerable<(string Line, int Number)> LogicalLines(string content)
    {
        var lines = content.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i];
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + " " + lines[++i];
            }

            yield return (line, number);
        }
    }

    private static string StripComment(string line)
    {
        var m = Comment().Match(line);
        return m.Success ? line[..m.Index] : line;
    }

    [GeneratedRegex(@"^\s*[@#]include(?<dir>dir)?\s+(?<path>\S.*)$")]
    private static partial Regex Include();

    [GeneratedRegex(@"(?<![%\\])#(?!\d)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<kind>User|Runas|Host|Cmnd|Cmd)_Alias\s+(?<body>.+)$")]
    private static partial Regex Alias();

    [GeneratedRegex(@":(?=\s*[A-Z][A-Z0-9_]*\s*=)")]
    private static partial Regex AliasSeparator();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex CommaSpace();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s:\s*[A-Za-z0-9_.,\-\s]+?\s*=\s*")]
    private static partial Regex HostSeparator();

    [GeneratedRegex(@"^\(([^)]*)\)")]
    private static partial Regex RunAs();

    [GeneratedRegex(@"^\s*(?<name>[A-Z_]+)(?::|=\S+\s)\s*")]
    private static partial Regex TagOrOption();
}
