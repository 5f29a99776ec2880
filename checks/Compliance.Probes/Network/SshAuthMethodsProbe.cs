using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Asks an SSH server from the vantage which authentication methods it offers to an account: the OpenSSH client
/// tries the "none" method as that account and the server answers with the list of methods that can continue (after
/// the Match blocks that apply to the account and the vantage's address). The client accepts only a pinned host key
/// (<see cref="SshHostPin"/>): an impostor could otherwise answer "publickey" for a server that offers passwords.
/// </summary>
public static partial class SshAuthMethodsProbe
{
    // argv: address port pins users...: one "none" attempt per user, each continuing only with a pinned host key.
    private const string Batch = SshHostPin.Function + """

        d=$(mktemp -d)
        trap 'rm -rf "$d"' EXIT
        a=$1 p=$2
        pin_options "$d" "$3"
        shift 3
        for u in "$@"; do
          printf '@@user %s\n' "$u"
          ssh -F /dev/null -o BatchMode=yes -o PreferredAuthentications=none "${PIN_OPTS[@]}" \
            -o ConnectTimeout=8 -o LogLevel=ERROR -p "$p" -l "$u" -- "$a" true </dev/null 2>&1
          printf '\n@@exit %s\n' "$?"
          pin_refused "$d" "$a:$p" && exit 0
        done
        """;

    /// <summary>
    /// The methods offered to each of <paramref name="users"/>, asked one after the other by one command on the vantage:
    /// per user the methods, or why the server did not list them.
    /// </summary>
    public static async Task<IReadOnlyList<(string User, IReadOnlyList<string>? Methods, string? Error)>> ReadManyAsync(ITransport vantage, string address, int port, IReadOnlyList<string> hostKeyPins, IReadOnlyList<string> users, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentNullException.ThrowIfNull(users);
        var timeout = TimeSpan.FromSeconds(30 + (10 * users.Count));
        var result = await vantage.RunAsync(new CommandRequest(["bash", "-c", Batch, "ssh-auth-methods", address, port.ToString(CultureInfo.InvariantCulture), SshHostPin.Argument(hostKeyPins), .. users], timeout), cancellationToken).ConfigureAwait(false);
        SshHostPin.ThrowOnMismatch(result.StandardOutput, $"{address}:{port}");
        if (result.TimedOut)
        {
            throw new ProbeException($"asking {address}:{port} for its authentication methods from {vantage.HostName} did not finish within {timeout.TotalSeconds:0} s");
        }

        return SplitBatch(result.StandardOutput, users);
    }

    /// <summary>Splits the batched output (<c>@@user NAME</c>, the client's messages, <c>@@exit N</c>) into each user's methods or error.</summary>
    public static IReadOnlyList<(string User, IReadOnlyList<string>? Methods, string? Error)> SplitBatch(string output, IReadOnlyList<string> users)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(users);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? user = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("@@user ", StringComparison.Ordinal))
            {
                user = line[7..];
                text.Clear();
            }
            else if (line.StartsWith("@@exit ", StringComparison.Ordinal) && user is not null)
            {
                sections[user] = text.ToString();
                user = null;
            }
            else if (user is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        return [.. users.Select(u =>
        {
            if (!sections.TryGetValue(u, out var answer))
            {
                return (u, (IReadOnlyList<string>?)null, (string?)"the client printed nothing");
            }

            try
            {
                return (u, Parse(answer), null);
            }
            catch (ProbeException e)
            {
                return (u, null, e.Message);
            }
        })];
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
