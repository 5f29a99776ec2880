using Compliance.Core.Transport;

namespace Compliance.Probes.Audit;

/// <summary>
/// Runs the OpenSSH client on a host of the environment (a terminal) as one of its accounts, the way that person
/// would: <c>runuser -u USER -- ssh -i KEY ...</c>, strict host key checking, batch mode, a connect timeout.
/// </summary>
public sealed class SshClient(ITransport from, string user, string keyFile)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The host the client runs on.</summary>
    public string From => from.HostName;

    /// <summary>Runs <c>ssh</c> (or <c>sftp</c>) with the common options and the given arguments.</summary>
    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        string[] argv = ["runuser", "-u", user, "--", program, "-i", keyFile, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
            "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=10", .. arguments];
        return from.RunAsync(new CommandRequest(argv, Timeout, standardInput), cancellationToken);
    }
}
