using Compliance.Core.Transport;

namespace Compliance.Probes.Audit;

/// <summary>Classifies the OpenSSH client's result for each way around the gateway's recorded hop.</summary>
public static class BypassClassifier
{
    /// <summary><c>ssh -W host:port gateway</c> (the channel behind <c>-J</c>, <c>-L</c> and <c>-D</c>): a server banner from the target means it got through.</summary>
    public static ForwardingOutcome StdioForward(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StandardOutput.Contains("SSH-2.0-", StringComparison.Ordinal) ? ForwardingOutcome.Allowed
            : Refusal(result.StandardError) ? ForwardingOutcome.Refused
            : ForwardingOutcome.Unknown;
    }

    /// <summary>
    /// <c>ssh -J gateway target true</c>: refused at the gateway, or the target answered: the command ran, or the
    /// client complained about the target's own host key or refused login (which it can only see once through).
    /// </summary>
    public static ForwardingOutcome Jump(CommandResult result, string targetAddress)
    {
        ArgumentNullException.ThrowIfNull(result);
        var error = result.StandardError;
        return Refusal(error) ? ForwardingOutcome.Refused
            : result.ExitCode == 0
              || error.Contains($"host key is known for {targetAddress}", StringComparison.Ordinal)
              || error.Contains($"Host key for {targetAddress} has changed", StringComparison.Ordinal)
              || error.Contains($"@{targetAddress}: Permission denied", StringComparison.Ordinal) ? ForwardingOutcome.Allowed
            : ForwardingOutcome.Unknown;
    }

    /// <summary><c>ssh -R ... -o ExitOnForwardFailure=yes gateway target true</c>: the gateway must refuse the remote forward.</summary>
    public static ForwardingOutcome RemoteForward(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StandardError.Contains("remote port forwarding failed", StringComparison.OrdinalIgnoreCase) ? ForwardingOutcome.Refused
            : result.ExitCode == 0 ? ForwardingOutcome.Allowed
            : ForwardingOutcome.Unknown;
    }

    /// <summary><c>sftp gateway</c> with <c>pwd</c>: a remote working directory means a file session outside the recording.</summary>
    public static ForwardingOutcome Sftp(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StandardOutput.Contains("Remote working directory", StringComparison.Ordinal) ? ForwardingOutcome.Allowed
            : result.ExitCode != 0 && (result.StandardError.Contains("Connection closed", StringComparison.Ordinal) || result.StandardError.Contains("subsystem", StringComparison.OrdinalIgnoreCase)
              || result.StandardError.Contains("Received message too long", StringComparison.Ordinal) || result.StandardError.Contains("Couldn't read packet", StringComparison.Ordinal)) ? ForwardingOutcome.Refused
            : ForwardingOutcome.Unknown;
    }

    private static bool Refusal(string error) =>
        error.Contains("administratively prohibited", StringComparison.Ordinal)
        || error.Contains("open failed", StringComparison.Ordinal)
        || error.Contains("stdio forwarding failed", StringComparison.Ordinal);
}
