using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Looks for a request in squid's access log on the proxy host by a unique marker (<c>grep -F -m 1</c>), waiting for the log to be written.</summary>
public static class AccessLogProbe
{
    /// <summary>The first line holding <paramref name="marker"/>; null when none appeared within <paramref name="wait"/>; throws when the log cannot be read.</summary>
    public static async Task<AccessLogLine?> FindAsync(ITransport host, string path, string marker, TimeSpan wait, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(clock);
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(15), "grep", "-F", "-m", "1", marker, path), cancellationToken).ConfigureAwait(false);
            if (result.ExitCode == 2)
            {
                throw new ProbeException($"cannot read {path} on {host.HostName}: {result.StandardError.Trim()}");
            }

            if (result.ExitCode == 0)
            {
                return Parse(result.StandardOutput);
            }

            if (clock.GetUtcNow() > deadline)
            {
                return null;
            }

            await Task.Delay(300, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Parses one access log line.</summary>
    public static AccessLogLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var raw = line.Trim();
        var fields = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double? time = fields.Length > 0 && double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : null;
        return new AccessLogLine(time, fields, raw.Contains("DENIED", StringComparison.Ordinal), raw);
    }
}
