namespace Compliance.Probes.Audit;

/// <summary>One way around the gateway's recorded hop, tried from a client: what the gateway did, and the client's exit status and errors.</summary>
public sealed record BypassAttempt(string Name, ForwardingOutcome Outcome, int ExitCode, string Error)
{
    /// <summary>The client's exit status and error output, for evidence.</summary>
    public string Raw => $"exit {ExitCode}\n{Error}";
}
