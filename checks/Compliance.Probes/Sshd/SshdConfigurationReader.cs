using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>
/// Reads sshd's configuration on the host: <see cref="MainFile"/> and, depth first in sshd's order, every file its
/// Include lines name (globs expanded on the host, in lexical order).
/// </summary>
public static class SshdConfigurationReader
{
    /// <summary>The file sshd reads when started without <c>-f</c>.</summary>
    public const string MainFile = "/etc/ssh/sshd_config";

    /// <summary>sshd's own limit on nested Include.</summary>
    public const int MaxDepth = 16;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Reads the configuration; throws <see cref="SshdSettingsException"/> when a file cannot be read.</summary>
    public static async Task<SshdConfiguration> ReadAsync(ITransport host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var files = new List<SshdConfigFile>();
        await ReadFileAsync(host, MainFile, 0, files, cancellationToken).ConfigureAwait(false);
        return new SshdConfiguration(files);
    }

    private static async Task ReadFileAsync(ITransport host, string path, int depth, List<SshdConfigFile> files, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            throw new SshdSettingsException($"{path} on {host.HostName}: Include nested deeper than {MaxDepth}");
        }

        var read = await RunAsync(host, ["cat", "--", path], cancellationToken).ConfigureAwait(false);
        var file = SshdConfigParser.Parse(path, read);
        files.Add(file);
        foreach (var pattern in file.Includes)
        {
            foreach (var included in await ExpandAsync(host, pattern, cancellationToken).ConfigureAwait(false))
            {
                await ReadFileAsync(host, included, depth + 1, files, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The files an Include pattern names on the host, in lexical order (none when the glob matches nothing).</summary>
    private static async Task<IReadOnlyList<string>> ExpandAsync(ITransport host, string pattern, CancellationToken cancellationToken)
    {
        // The pattern is an argument, expanded by the shell's pathname expansion only (no other evaluation).
        var output = await RunAsync(host, ["/bin/sh", "-c", "set -f; p=$1; set +f; for f in $p; do [ -e \"$f\" ] && printf '%s\\n' \"$f\"; done; exit 0", "sshd-include", pattern], cancellationToken).ConfigureAwait(false);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }

    private static async Task<string> RunAsync(ITransport host, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await host.RunAsync(new CommandRequest(arguments, Timeout), cancellationToken).ConfigureAwait(false);
        return result.TimedOut
            ? throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} did not finish within {Timeout.TotalSeconds:0} s")
            : result.ExitCode != 0
                ? throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}")
                : result.StandardOutput;
    }
}
