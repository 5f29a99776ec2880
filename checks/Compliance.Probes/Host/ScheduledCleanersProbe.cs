using System.Globalization;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Finds the scheduled cleaners that name a path: tmpfiles.d rules and cron jobs (<c>grep -rsHn -F PATH</c> over their directories).</summary>
public static class ScheduledCleanersProbe
{
    private const string Sentinel = "-- cleaners searched --";

    private const string Script = """
        p="$1"
        grep -rsHn -F -- "$p" /etc/tmpfiles.d /usr/lib/tmpfiles.d /run/tmpfiles.d /etc/cron.d /etc/cron.daily /etc/cron.weekly /etc/cron.hourly /etc/cron.monthly /etc/crontab /var/spool/cron 2>/dev/null
        echo "-- cleaners searched --"
        """;

    /// <summary>Every rule naming <paramref name="path"/>.</summary>
    public static async Task<IReadOnlyList<CleanerRule>> FindAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, Script, cancellationToken, null, path).ConfigureAwait(false);
        return Parse(result.StandardOutput, path);
    }

    /// <summary>Parses grep's <c>file:line:text</c> output for rules naming <paramref name="path"/>.</summary>
    public static IReadOnlyList<CleanerRule> Parse(string output, string path)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != Sentinel)
            .Select(l => new CleanerRule(l, l.Contains("-delete", StringComparison.Ordinal) || l.Contains("rm ", StringComparison.Ordinal), TmpfilesAge(l, path)))];
    }

    private static int? TmpfilesAge(string line, string path)
    {
        var at = line.IndexOf(path, StringComparison.Ordinal);
        if (!line.Contains("tmpfiles.d", StringComparison.Ordinal) || at < 0)
        {
            return null;
        }

        var fields = line[(at + path.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var age = fields.Length >= 4 ? fields[3] : "-";
        return age.EndsWith('d') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d
            : age.EndsWith('w') && int.TryParse(age[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w * 7
            : age.EndsWith('h') || age.EndsWith('m') || age.EndsWith('s') ? 0
            : null;
    }
}
