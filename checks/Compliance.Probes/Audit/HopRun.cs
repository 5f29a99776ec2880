namespace Compliance.Probes.Audit;

/// <summary>A command run on a target through the gateway's recorded hop: its exit status and the client's errors.</summary>
public sealed record HopRun(int ExitCode, bool TimedOut, string Error)
{
    /// <summary>True when the command ran on the target and exited 0.</summary>
    public bool Ran => !TimedOut && ExitCode == 0;
}
