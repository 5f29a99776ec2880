using System.Text;

namespace Compliance.Probes.Ssh;

/// <summary>
/// Turns an argument vector into one POSIX shell command line: every argument becomes a single-quoted word, so the
/// remote shell sees exactly the arguments given and never interprets <c>;</c>, <c>$()</c>, globs or quotes in them.
/// </summary>
public static class ShellQuoting
{
    /// <summary>Quotes one argument: <c>'...'</c> with each embedded <c>'</c> written as <c>'\''</c>.</summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("an argument cannot contain a NUL character", nameof(argument));
        }

        var quoted = new StringBuilder(argument.Length + 2);
        quoted.Append('\'');
        foreach (var character in argument)
        {
            quoted.Append(character == '\'' ? "'\\''" : character.ToString());
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary>Quotes every argument and joins them with spaces.</summary>
    public static string Join(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var line = string.Join(' ', arguments.Select(Quote));
        return line.Length > 0 ? line : throw new ArgumentException("a command needs at least one argument", nameof(arguments));
    }
}
