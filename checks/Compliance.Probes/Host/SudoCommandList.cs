using System.Text;

namespace Compliance.Probes.Host;

/// <summary>Splits a sudoers command list on the commas that are not escaped (<c>\,</c> stays inside an argument).</summary>
public static class SudoCommandList
{
    /// <summary>The commands of a comma-separated list, trimmed, digests (<c>sha256:...</c>) removed.</summary>
    public static IReadOnlyList<string> Split(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var commands = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] == '\\' && i + 1 < list.Length)
            {
                current.Append(list[i]).Append(list[i + 1]);
                i++;
            }
            else if (list[i] == ',')
            {
                Add(commands, current);
            }
            else
            {
                current.Append(list[i]);
            }
        }

        Add(commands, current);
        return commands;
    }

    private static void Add(List<string> commands, StringBuilder current)
    {
        var text = string.Join(' ', current.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        current.Clear();
        if (text.Length == 0)
        {
            return;
        }

        var firstWord = text.Split(' ', 2)[0];
        if (firstWord.Contains(':', StringComparison.Ordinal) && firstWord.StartsWith("sha", StringComparison.OrdinalIgnoreCase))
        {
            text = text[(firstWord.Length + 1)..].TrimStart();
        }

        commands.Add(text);
    }
}
