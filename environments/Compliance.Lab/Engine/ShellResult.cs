namespace Compliance.Lab.Engine;

/// <summary>Outcome of one command: exit code and the combined output.</summary>
public sealed record ShellResult(int ExitCode, string Output, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
