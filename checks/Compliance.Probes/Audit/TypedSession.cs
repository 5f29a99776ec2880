namespace Compliance.Probes.Audit;

/// <summary>An interactive session through the recorded hop in which a line was typed: whether the expected text came back, and what the terminal showed.</summary>
public sealed record TypedSession(bool Shown, int ExitCode, string Output, string Error)
{
    /// <summary>Everything the client printed, for evidence.</summary>
    public string Raw => Output + Error;
}
