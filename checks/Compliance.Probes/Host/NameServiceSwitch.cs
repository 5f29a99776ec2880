using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Where a host takes its accounts from: the <c>passwd</c> line of <c>/etc/nsswitch.conf</c>.</summary>
public static class NameServiceSwitch
{
    private static readonly HashSet<string> LocalSources = new(StringComparer.Ordinal) { "files", "compat", "systemd", "db", "altfiles" };

    /// <summary>The sources of the <c>passwd</c> database, in order (<c>files</c> when the line is missing, as glibc assumes).</summary>
    public static async Task<IReadOnlyList<string>> PasswdSourcesAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var text = await HostCommand.OutputAsync(transport, cancellationToken, "cat", "--", "/etc/nsswitch.conf").ConfigureAwait(false);
        return Sources(text, "passwd");
    }

    /// <summary>The sources a database line names (action items such as <c>[NOTFOUND=return]</c> left out).</summary>
    public static IReadOnlyList<string> Sources(string nsswitch, string database)
    {
        ArgumentNullException.ThrowIfNull(nsswitch);
        var line = nsswitch.Split('\n').Select(l => l.Split('#')[0].Trim()).FirstOrDefault(l => l.StartsWith(database + ":", StringComparison.Ordinal));
        return line is null ? ["files"]
            : [.. line[(database.Length + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('['))];
    }

    /// <summary>The sources that are not local files (a directory: ldap, sss, winbind, nis): an account absent there may only be unreachable.</summary>
    public static IReadOnlyList<string> Remote(IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return [.. sources.Where(s => !LocalSources.Contains(s))];
    }
}
