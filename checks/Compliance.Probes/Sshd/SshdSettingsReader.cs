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
}
