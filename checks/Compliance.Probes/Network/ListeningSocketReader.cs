using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Reads a host's listening TCP and UDP sockets with <c>ss -Htlnupe</c> (the truth of what listens): IPv4 and IPv6
/// (<c>[::]</c> an IPv6-only wildcard, <c>*</c> a dual-stack one), v4-mapped addresses as their IPv4 address, and the
/// interface of a socket bound to one (<c>0.0.0.0%br-room</c>).
/// </summary>
public static partial class ListeningSocketReader
{
    /// <summary>Runs ss on the host and parses it.</summary>
    public static async Task<IReadOnlyList<ListeningSocket>> ReadAsync(ITransport host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "ss", "-Htlnupe"), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new ProbeException($"ss on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        return Parse(result.StandardOutput);
    }

    /// <summary>Parses <c>ss -Htlnup</c> output.</summary>
    public static IReadOnlyList<ListeningSocket> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sockets = new List<ListeningSocket>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 5 || parts[0] is not ("tcp" or "udp"))
            {
                throw new ProbeException($"unexpected ss line: {line}");
            }

            var local = parts[4];
            var colon = local.LastIndexOf(':');
            var bound = local[..colon];
            var percent = bound.IndexOf('%', StringComparison.Ordinal);
            var boundTo = percent >= 0 ? bound[(percent + 1)..].Trim('[', ']') : null;
            var address = (percent >= 0 ? bound[..percent] : bound).Trim('[', ']');
            address = address.StartsWith("::ffff:", StringComparison.Ordinal) ? address[7..] : address;
            var process = ProcessName().Match(line) is { Success: true } m ? m.Groups[1].Value : "";
            var uid = UidField().Match(line) is { Success: true } u ? int.Parse(u.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            sockets.Add(new ListeningSocket(parts[0], address, int.Parse(local[(colon + 1)..], CultureInfo.InvariantCulture), process, uid, boundTo));
        }

        return sockets;
    }

    [GeneratedRegex(@"\buid:(\d+)")]
    private static partial Regex UidField();

    [GeneratedRegex("users:\\(\\(\"([^\"]+)\"")]
    private static partial Regex ProcessName();
}
