using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Audit;

/// <summary>
/// The OpenSSH client on a host of the environment (a terminal), run the way a person there would run it, with a
/// private working directory holding a copy of the key (mode 0600) and a known_hosts file that pins the gateway's
/// host key: strict host key checking, batch mode, no user configuration, a connect timeout. Optionally as one of
/// the host's accounts (<c>runuser</c>). The working directory is removed on dispose.
/// </summary>
public sealed class SshClient : IAsyncDisposable
{
    private const string PrepareScript = """
        d=$(mktemp -d /tmp/ssh-client.XXXXXX) || exit 1
        install -m 0600 "$1" "$d/key" && printf '%s %s\n' "$2" "$(cut -d' ' -f1,2 "$3")" > "$d/known_hosts" || { rm -rf "$d"; exit 1; }
        [ -z "$4" ] || chown -R "$4" "$d" || { rm -rf "$d"; exit 1; }
        echo "$d"
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly ITransport from;
    private readonly string? user;
    private readonly string directory;

    private SshClient(ITransport from, string? user, string directory)
    {
        this.from = from;
        this.user = user;
        this.directory = directory;
    }

    /// <summary>The host the client runs on.</summary>
    public string From => from.HostName;

    /// <summary>Prepares the client on <paramref name="from"/>: key from <paramref name="keyFile"/>, <paramref name="hostAddress"/> pinned to the public key in <paramref name="hostPublicKeyFile"/>.</summary>
    public static async Task<SshClient> PrepareAsync(ITransport from, string? user, string keyFile, string hostAddress, string hostPublicKeyFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var result = await HostCommand.ScriptAsync(from, PrepareScript, cancellationToken, null, keyFile, hostAddress, hostPublicKeyFile, user ?? "").ConfigureAwait(false);
        var directory = result.StandardOutput.Trim();
        return result.Succeeded && directory.StartsWith("/tmp/ssh-client.", StringComparison.Ordinal)
            ? new SshClient(from, user, directory)
            : throw new InvalidOperationException($"could not prepare the ssh client on {from.HostName}: {result.StandardError.Trim()}");
    }

    /// <summary>The common options (key, pinned known_hosts, batch mode, timeouts).</summary>
    public IReadOnlyList<string> Options =>
        ["-F", "/dev/null", "-i", $"{directory}/key", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={directory}/known_hosts",
         "-o", "GlobalKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=10"];

    /// <summary>Runs <c>ssh</c> or <c>sftp</c> with the common options and the given arguments.</summary>
    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        IEnumerable<string> prefix = user is null ? [] : ["runuser", "-u", user, "--"];
        string[] argv = [.. prefix, program, .. Options, .. arguments];
        return from.RunAsync(new CommandRequest(argv, Timeout, standardInput), cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await HostCommand.RunAsync(from, CancellationToken.None, "rm", "-rf", "--", directory).ConfigureAwait(false);
    }
}
