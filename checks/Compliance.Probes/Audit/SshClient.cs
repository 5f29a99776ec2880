using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Audit;

/// <summary>
/// The OpenSSH client on a host of the environment (a terminal), run the way a person there would run it, with a
/// private working directory holding a known_hosts file that pins the gateway's host key and the socket of an ssh-agent
/// that holds the key (never written to a file): strict host key checking, batch mode, no user configuration, a
/// connect timeout. Optionally as one of the host's accounts (<c>runuser</c>). The agent is stopped and the working
/// directory removed on dispose.
/// </summary>
public sealed class SshClient : IAsyncDisposable
{
    // argv: known_hosts line, account ("" = the transport's own); the key arrives on stdin. Prints the directory and the agent's pid.
    private const string PrepareScript = """
        umask 077; d=$(mktemp -d /tmp/ssh-client.XXXXXX) || exit 1
        printf '%s\n' "$1" > "$d/known_hosts" || { rm -rf "$d"; exit 1; }
        as=""
        if [ -n "$2" ]; then chown -R "$2" "$d" || { rm -rf "$d"; exit 1; }; as="runuser -u $2 --"; fi
        pid=$($as ssh-agent -s -a "$d/agent" | sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p')
        [ -n "$pid" ] || { rm -rf "$d"; echo "ssh-agent did not start" >&2; exit 1; }
        $as env SSH_AUTH_SOCK="$d/agent" ssh-add -q - 2>/dev/null || { kill "$pid"; rm -rf "$d"; echo "ssh-add refused the key" >&2; exit 1; }
        echo "$d $pid"
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly ITransport from;
    private readonly string? user;
    private readonly string directory;
    private readonly string agent;

    private SshClient(ITransport from, string? user, string directory, string agent)
    {
        this.from = from;
        this.user = user;
        this.directory = directory;
        this.agent = agent;
    }

    /// <summary>The host the client runs on.</summary>
    public string From => from.HostName;

    /// <summary>
    /// Prepares the client on <paramref name="from"/>: the private key (sent on standard input, never on a command
    /// line or in evidence) and <paramref name="hostAddress"/> pinned to <paramref name="hostPublicKey"/> (<c>type base64</c>).
    /// </summary>
    public static async Task<SshClient> PrepareAsync(ITransport from, string? user, string privateKey, string hostAddress, string hostPublicKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var result = await HostCommand.ScriptAsync(from, PrepareScript, cancellationToken, privateKey, $"{hostAddress} {hostPublicKey}", user ?? "").ConfigureAwait(false);
        var words = result.StandardOutput.Trim().Split(' ');
        return result.Succeeded && words.Length == 2 && words[0].StartsWith("/tmp/ssh-client.", StringComparison.Ordinal) && words[1].All(char.IsAsciiDigit)
            ? new SshClient(from, user, words[0], words[1])
            : throw new InvalidOperationException($"could not prepare the ssh client on {from.HostName}: {result.StandardError.Trim()}");
    }

    /// <summary>The common options (key, pinned known_hosts, batch mode, timeouts).</summary>
    public IReadOnlyList<string> Options =>
        ["-F", "/dev/null", "-o", $"IdentityAgent={directory}/agent", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={directory}/known_hosts",
         "-o", "GlobalKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=10"];

    /// <summary>Runs <c>ssh</c> or <c>sftp</c> with the common options and the given arguments.</summary>
    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        IEnumerable<string> prefix = user is null ? [] : ["runuser", "-u", user, "--"];
        string[] argv = [.. prefix, program, .. Options, .. arguments];
        return from.RunAsync(new CommandRequest(argv, Timeout, standardInput), cancellationToken);
    }

    /// <summary>The same client as a ProxyCommand to <paramref name="login"/> (what <c>ssh -J</c> runs, with this client's options).</summary>
    public string ProxyCommand(string login) => $"ssh {string.Join(' ', Options)} -W %h:%p {login}";

    /// <summary>Runs <c>true</c> on <paramref name="target"/> through the recorded hop of <paramref name="login"/> (<c>user@gateway</c>).</summary>
    public async Task<HopRun> HopAsync(string login, string target, CancellationToken cancellationToken)
    {
        var result = await RunAsync("ssh", [login, target, "true"], null, cancellationToken).ConfigureAwait(false);
        return new HopRun(result.ExitCode, result.TimedOut, result.StandardError);
    }

    /// <summary>Through the recorded hop of <paramref name="login"/> to <paramref name="target"/>: at the prompt types <paramref name="line"/>, waits for <paramref name="shown"/>, exits.</summary>
    public async Task<TypedSession> TypeThroughAsync(string login, string target, string line, string shown, CancellationToken cancellationToken)
    {
        var result = await TypeAsync([login, target], line, shown, cancellationToken).ConfigureAwait(false);
        return new TypedSession(result.StandardOutput.Contains(shown, StringComparison.Ordinal), result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>An interactive <c>ssh -tt</c> session typed by <see cref="TerminalDriver"/>: waits for the prompt, types <paramref name="line"/>, waits for <paramref name="shown"/>, exits.</summary>
    public Task<CommandResult> TypeAsync(IEnumerable<string> arguments, string line, string shown, CancellationToken cancellationToken)
    {
        IEnumerable<string> prefix = user is null ? [] : ["runuser", "-u", user, "--"];
        string[] argv = [.. prefix, "python3", "-c", TerminalDriver.Script, line, shown, "60", "ssh", "-tt", .. Options, .. arguments];
        return from.RunAsync(new CommandRequest(argv, Timeout), cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await HostCommand.RunAsync(from, CancellationToken.None, "bash", "-c", "kill \"$1\" 2>/dev/null; rm -rf -- \"$2\"", "ssh-client", agent, directory).ConfigureAwait(false);
    }
}
