namespace Compliance.Core.Transport;

/// <summary>What a command did on a host. <see cref="TimedOut"/> is true when the transport killed it at its deadline.</summary>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, bool TimedOut)
{
    /// <summary>True when the command ran to completion with exit code 0.</summary>
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
