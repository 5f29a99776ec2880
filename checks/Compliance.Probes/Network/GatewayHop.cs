namespace Compliance.Probes.Network;

/// <summary>A command run on a target through the gateway's recorded hop: how the client ended and what came back.</summary>
public sealed record GatewayHop(string Target, int ExitCode, bool TimedOut, TimeSpan Elapsed, bool MarkerEchoed, string Output, string Error)
{
    /// <summary>True when the client exited 0 in time.</summary>
    public bool Completed => !TimedOut && ExitCode == 0;

    /// <summary>True when the command ran on the target: the client exited 0 and the target echoed the marker.</summary>
    public bool Ran => Completed && MarkerEchoed;

    /// <summary>What became of the run, for messages and evidence: no answer in time, or the exit status and the client's error.</summary>
    public string Describe => SshRunDescription.Of(TimedOut, Elapsed, ExitCode, Error);

    /// <summary>Everything the client printed, for evidence.</summary>
    public string Raw => (Output + Error).Trim();
}
