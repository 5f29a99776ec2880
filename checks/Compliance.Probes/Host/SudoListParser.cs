using System.Text.RegularExpressions;

namespace Compliance.Probes.Host;

/// <summary>
/// Parses the output of <c>sudo -l -U user</c> (short form, wrapped at 80 columns) and <c>sudo -ll -U user</c>
/// (long form, one command a line). Output it does not recognise throws <see cref="FormatException"/>.
/// </summary>
public static partial class SudoListParser
{
    /// <summary>Parses the listing of <paramref name="user"/>.</summary>
    public static SudoListing Parse(string user, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var source = $"sudo -l -U {user}";
        if (output.Contains($"User {user} is not allowed to run sudo", StringComparison.Ordinal))
        {
            return new SudoListing(user, []);
        }

        var lines = output.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"User {user} may run the following commands", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new FormatException($"sudo -l output for {user} has neither a rights list nor a refusal");
        }

        var body = lines[(start + 1)..];
        return new SudoListing(user, body.Any(l => l.StartsWith("Sudoers entry:", StringComparison.Ordinal)) ? ParseLong(body, source) : ParseShort(body, source));
    }

    private static List<SudoRight> ParseShort(string[] body, string source)
    {
        var entries = new List<string>();
        foreach (var line in body)
        {
            if (line.StartsWith("        ", StringComparison.Ordinal) && entries.Count > 0)
            {
                entries[^1] += " " + line.Trim();
            }
            else if (line.StartsWith("    ", StringComparison.Ordinal))
            {
                entries.Add(line.Trim());
            }
        }

        var rights = new List<SudoRight>();
        foreach (var entry in entries)
        {
            var m = ShortEntry().Match(entry);
            if (!m.Success)
            {
                throw new FormatException($"unrecognised sudo -l entry: {entry}");
            }

            var (users, groups) = SplitRunAs(m.Groups["runas"].Value);
            var rest = m.Groups["rest"].Value;
            var options = new List<string>();
            for (var tag = Tag().Match(rest); tag.Success; tag = Tag().Match(rest))
            {
                options.Add(tag.Groups[1].Value);
                rest = rest[tag.Length..];
            }

            rights.AddRange(SudoCommandList.Split(rest).Select(c => new SudoRight(users, groups, options, c, source)));
        }

        return rights;
    }

    private static List<SudoRight> ParseLong(string[] body, string source)
    {
        var rights = new List<SudoRight>();
        List<string> users = [], groups = [], options = [];
        var inCommands = false;
        foreach (var line in body)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Sudoers entry:", StringComparison.Ordinal))
            {
                (users, groups, options, inCommands) = ([], [], [], false);
            }
            else if (line.StartsWith('\t') && inCommands && trimmed.Length > 0)
            {
                rights.Add(new SudoRight(users, groups, options, trimmed, source));
            }
            else if (trimmed.StartsWith("RunAsUsers:", StringComparison.Ordinal))
            {
                users = List(trimmed["RunAsUsers:".Length..]);
            }
            else if (trimmed.StartsWith("RunAsGroups:", StringComparison.Ordinal))
            {
                groups = List(trimmed["RunAsGroups:".Length..]);
            }
            else if (trimmed.StartsWith("Options:", StringComparison.Ordinal))
            {
                options = List(trimmed["Options:".Length..]);
            }
            else if (trimmed == "Commands:")
            {
                inCommands = true;
            }
        }

        return rights;
    }

    private static (List<string> Users, List<string> Groups) SplitRunAs(string runAs)
    {
        var parts = runAs.Split(':', 2);
        return (List(parts[0]), parts.Length > 1 ? List(parts[1]) : []);
    }

    private static List<string> List(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"^\((?<runas>[^)]*)\)\s*(?<rest>.*)$")]
    private static partial Regex ShortEntry();

    [GeneratedRegex(@"^\s*([A-Z_]+):\s*")]
    private static partial Regex Tag();
}
