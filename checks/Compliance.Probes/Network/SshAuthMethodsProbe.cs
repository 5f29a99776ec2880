using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Asks an SSH server from the vantage which authentication methods it offers to an account: the OpenSSH client
/// tries the "none" method as that account and the server answers with the list of methods that can continue (after
/// the Match blocks that apply to the account and the vantage's address).
/// </summary>
public static partial class SshAuthMethodsProbe
{
    /// <summary>The account name used when no account is named: one no server has.</summary>
    public const string NoSuchUser = "compliance-probe-nobody";

    /// <summary>The methods offered to <paramref name="user"/>; throws when the server never got to authentication.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(ITransport vantage, string address, int port, string user = NoSuchUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentException.ThrowIfNullOrEmpty(user);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "ssh", "-F", "/dev/null",
            "-o", "BatchMode=yes", "-o", "PreferredAuthentications=none", "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null", "-o", "GlobalKnownHostsFile=/dev/null", "-o", "ConnectTimeout=8",
            "-o", "LogLevel=ERROR", "-p", port.ToString(CultureInfo.InvariantCulture), "-l", user, "--", address, "true"), cancellationToken).ConfigureAwait(false);
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
