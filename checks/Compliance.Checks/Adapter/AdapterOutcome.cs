using Compliance.Core.Outcomes;

namespace Compliance.Checks.Adapter;

/// <summary>What a check's outcome becomes in NUnit.</summary>
public enum AdapterOutcome
{
    /// <summary>The test passes.</summary>
    Pass,

    /// <summary>The test fails (an assertion failure).</summary>
    Failure,

    /// <summary>The test errors: red, never skipped or inconclusive.</summary>
    Error,

    /// <summary>The test is skipped with the reason.</summary>
    Skipped,
}

/// <summary>
/// The NUnit mapping of every outcome: Passed and Attested pass, Failed fails, Not verified is an error (red, never
/// skipped or inconclusive), Not applicable and Waived are skipped with their reason.
/// </summary>
public static class AdapterOutcomes
{
    /// <summary>The NUnit result of <paramref name="outcome"/>.</summary>
    public static AdapterOutcome For(Outcome outcome) => outcome switch
    {
        Outcome.Passed or Outcome.Attested => AdapterOutcome.Pass,
        Outcome.Failed => AdapterOutcome.Failure,
        Outcome.NotApplicable or Outcome.Waived => AdapterOutcome.Skipped,
        _ => AdapterOutcome.Error,
    };
}
