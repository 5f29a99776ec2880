using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>Reads sshd's effective settings on the host itself with <c>/usr/sbin/sshd -T</c>, optionally for one connection.</summary>
public static class SshdSettingsReader
{
    /// <summary>The daemon every Debian server has; never taken from the search path.</summary>
    public const string Daemon = "/usr/sbin/sshd";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The argument vector of the read.</summary>
    public static IReadOnlyList<string> Arguments(SshdConnection? connection) =>
        connection is null ? [Daemon, "-T"] : [Daemon, "-T", "-C", connection.Specification];

    /// <summary>
    /// Runs <c>sshd -T</c> (with <c>-C</c> for <paramref name="connection"/>, so its Match blocks apply); throws
    /// <see cref="SshdSettingsException"/> when sshd failed, timed out or printed no configuration.
    /// </summary>
    public static async Task<SshdSettings> ReadAsync(ITransport host, SshdConnection? connection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var arguments = Arguments(connection);
        var result = await host.RunAsync(new CommandRequest(arguments, Timeout), cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} did not finish within {Timeout.TotalSeconds:0} s");
        }

        if (result.ExitCode != 0)
        {
            throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        return SshdSettingsParser.Parse(result.StandardOutput, connection);
    }

    /// <summary>The most connections one batched read evaluates.</summary>
    public const int BatchSize = 48;

    private const string Batch = "while IFS= read -r spec; do printf '@@spec %s\\n' \"$spec\"; " + Daemon + " -T -C \"$spec\" 2>&1; printf '\\n@@exit %s\\n' \"$?\"; done";

    /// <summary>
    /// Reads the settings of many connections with one command per <see cref="BatchSize"/> connections (one
    /// <c>sshd -T -C</c> each, run one after the other on the host): each connection's settings, or why they could not be read.
    /// </summary>
    public static async Task<IReadOnlyList<(SshdConnection Connection, SshdSettings? Settings, string? Error)>> ReadManyAsync(ITransport host, IReadOnlyList<SshdConnection> connections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(connections);
        var results = new List<(SshdConnection, SshdSettings?, string?)>();
        foreach (var chunk in connections.Chunk(BatchSize))
        {
            var timeout = Timeout + TimeSpan.FromSeconds(chunk.Length);
            var input = string.Concat(chunk.Select(c => c.Specification + "\n"));
            var result = await host.RunAsync(new CommandRequest(["/bin/sh", "-c", Batch], timeout, input), cancellationToken).ConfigureAwait(false);
            if (result.TimedOut || result.ExitCode != 0)
            {
                var why = result.TimedOut ? $"did not finish within {timeout.TotalSeconds:0} s" : $"failed (exit {result.ExitCode}): {result.StandardError.Trim()}";
                results.AddRange(chunk.Select(c => (c, (SshdSettings?)null, (string?)$"sshd -T -C {c.Specification} on {host.HostName} {why}")));
                continue;
            }

            results.AddRange(SplitBatch(result.StandardOutput, chunk, host.HostName));
        }

        return results;
    }

    /// <summary>Splits the batched output into each connection's settings or error.</summary>
    public static IReadOnlyList<(SshdConnection Connection, SshdSettings? Settings, string? Error)> SplitBatch(string output, IReadOnlyList<SshdConnection> connections, string hostName)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(connections);
        var sections = new Dictionary<string, (string Text, string Exit)>(StringComparer.Ordinal);
        string? spec = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("@@spec ", StringComparison.Ordinal))
            {
                spec = line[7..];
                text.Clear();
            }
            else if (line.StartsWith("@@exit ", StringComparison.Ordinal) && spec is not null)
            {
                sections[spec] = (text.ToString(), line[7..].Trim());
                spec = null;
            }
            else if (spec is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        return [.. connections.Select(c =>
        {
            if (!sections.TryGetValue(c.Specification, out var section))
            {
                return (c, (SshdSettings?)null, (string?)$"sshd -T -C {c.Specification} on {hostName} printed nothing");
            }

            if (section.Exit != "0")
            {
                return (c, null, $"sshd -T -C {c.Specification} on {hostName} failed (exit {section.Exit}): {section.Text.Trim()}");
            }

            try
            {
                return (c, SshdSettingsParser.Parse(section.Text, c), null);
            }
            catch (SshdSettingsException e)
            {
                return (c, null, e.Message);
            }
        })];
    }
}
