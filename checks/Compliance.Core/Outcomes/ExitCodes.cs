using Compliance.Core.Results;

namespace Compliance.Core.Outcomes;

/// <summary>The exit codes of a run: 0 all compliant, 1 any Failed, 2 none Failed but any Not verified, 3 bad input.</summary>
public static class ExitCodes
{
    /// <summary>Every selected requirement passed, was waived, attested, not applicable or is planned.</summary>
    public const int Compliant = 0;

    /// <summary>At least one requirement Failed.</summary>
    public const int Failed = 1;

    /// <summary>None Failed, at least one Not verified.</summary>
    public const int NotVerified = 2;

    /// <summary>The run could not start: bad input or a missing environment.</summary>
    public const int BadInput = 3;

    /// <summary>The exit code for the requirements of a run: that of the worst outcome.</summary>
    public static int For(IEnumerable<RequirementResult> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        return Outcome.Worst(requirements.Select(r => r.Outcome))?.ExitCode ?? Compliant;
    }
}
