using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Asks an SSH server from the vantage which authentication methods it offers: the OpenSSH client tries the
/// "none" method for a user that does not exist and the server answers with the list of methods that can continue.
/// </summary>
public static partial class SshAuthMethodsProbe
{
    /// <summary>The offered methods; throws when the server never got to authentication.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(ITransport vantage, string address, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "ssh", "-F", "/dev/null",
            "-o", "BatchMode=yes", "-o", "PreferredAuthentications=none", "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null", "-o", "GlobalKnownHostsFile=/dev/null", "-o", "ConnectTimeout=8",
            "-o", "LogLevel=ERROR", "-p", port.ToString(CultureInfo.InvariantCulture), $"compliance-probe-nobody@{address}", "true"), cancellationToken).ConfigureAwait(false);
        return Parse(result.StandardError);
    }

    /// <summary>Parses <c>Permission denied (publickey,password).</c>.</summary>
    public static IReadOnlyList<string> Parse(string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var match = Denied().Match(stderr);
        return match.Success
            ? [.. match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : throw new ProbeException($"the SSH server did not list authentication methods: {stderr.Trim()}");
    }

    [GeneratedRegex(@"Permission denied \(([^)]*)\)")]
    private static partial Regex Denied();
}
