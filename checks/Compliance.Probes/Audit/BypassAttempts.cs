using Compliance.Core.Transport;

namespace Compliance.Probes.Audit;

/// <summary>
/// Tries every way around the gateway's recorded hop from a prepared client: a TCP channel to the target
/// (<c>ssh -W</c>, the channel behind <c>-J</c>, <c>-L</c> and <c>-D</c>), a jump (<c>ssh -J</c> as its ProxyCommand),
/// a remote forward (<c>-R</c>) and the sftp subsystem; each result is classified once.
/// </summary>
public static class BypassAttempts
{
    /// <summary>
    /// Tries each way as <paramref name="login"/> (<c>user@gateway</c>) towards <paramref name="targetAddress"/>; the jump
    /// logs in as <paramref name="targetUser"/>, the remote forward asks the hop for <paramref name="hopTarget"/>.
    /// </summary>
    public static async Task<IReadOnlyList<BypassAttempt>> TryAllAsync(SshClient client, string login, string targetAddress, string targetUser, string hopTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var target = $"{targetAddress}:22";
        var ways = new (string Name, string Program, string[] Args, string Input, Func<CommandResult, ForwardingOutcome> Classify)[]
        {
            ($"ssh -W {target} (direct-tcpip, as -L/-D/-J use)", "ssh", ["-W", target, login], "", BypassClassifier.StdioForward),
            ($"ssh -J {login} {targetUser}@{targetAddress} true (as ProxyCommand ssh -W, the client's options kept)", "ssh", ["-o", $"ProxyCommand={client.ProxyCommand(login)}", $"{targetUser}@{targetAddress}", "true"], "", r => BypassClassifier.Jump(r, targetAddress)),
            ("ssh -R 0:127.0.0.1:22 (remote forward)", "ssh", ["-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:22", login, hopTarget, "true"], "", BypassClassifier.RemoteForward),
            ("sftp subsystem", "sftp", ["-b", "-", login], "pwd\n", BypassClassifier.Sftp),
        };
        var attempts = new List<BypassAttempt>();
        foreach (var (name, program, args, input, classify) in ways)
        {
            var result = await client.RunAsync(program, args, input, cancellationToken).ConfigureAwait(false);
            attempts.Add(new BypassAttempt(name, classify(result), result.ExitCode, result.StandardError));
        }

        return attempts;
    }
}
