using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Reads <c>/etc/logrotate.conf</c> and what it includes (files, and directories' files in name order) from a host.</summary>
public static class LogrotateConfig
{
    private const string ListScript = "for p in \"$@\"; do if [ -d \"$p\" ]; then find \"$p\" -maxdepth 1 -type f | sort; elif [ -f \"$p\" ]; then echo \"$p\"; fi; done";

    /// <summary>The parsed blocks of every file logrotate reads.</summary>
    public static async Task<(IReadOnlyList<LogrotateStanza> Stanzas, IReadOnlyList<string> Files)> ReadAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var main = await HostCommand.OutputAsync(transport, cancellationToken, "cat", "/etc/logrotate.conf").ConfigureAwait(false);
        var includes = main.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("include ", StringComparison.Ordinal)).Select(l => l["include ".Length..].Trim()).ToArray();
        var listed = await HostCommand.ScriptAsync(transport, ListScript, cancellationToken, null, includes).ConfigureAwait(false);
        var files = new List<(string, string)> { ("/etc/logrotate.conf", main) };
        foreach (var file in listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            files.Add((file, await HostCommand.OutputAsync(transport, cancellationToken, "cat", "--", file).ConfigureAwait(false)));
        }

        return (LogrotateParser.Parse(files), [.. files.Select(f => f.Item1)]);
    }
}
