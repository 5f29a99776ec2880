using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Reads sshd's effective configuration (<c>sshd -T</c>) on the host itself: keyword (lower case) to value.</summary>
public static class SshdConfigReader
{
    /// <summary>Runs <c>sshd -T</c>.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(ITransport host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "/usr/sbin/sshd", "-T"), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new ProbeException($"sshd -T on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        return Parse(result.StandardOutput);
    }

    /// <summary>Parses <c>sshd -T</c> output; repeated keywords are joined with a space.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2);
            var key = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim() : "";
            config[key] = config.TryGetValue(key, out var existing) ? existing + " " + value : value;
        }

        if (!config.ContainsKey("port"))
        {
            throw new ProbeException("sshd -T printed no configuration");
        }

        return config;
    }
}
