namespace Compliance.Core.Outcomes;

/// <summary>The words people read for each outcome, the same in the terminal, the log and every report.</summary>
public static class OutcomeNames
{
    /// <summary>The label of an outcome; null stands for a planned policy (no outcome).</summary>
    public static string Label(Outcome? outcome) => outcome switch
    {
        Outcome.Passed => "Passed",
        Outcome.Failed => "Failed",
        Outcome.NotVerified => "Not verified",
        Outcome.Waived => "Waived",
        Outcome.NotApplicable => "Not applicable",
        Outcome.Attested => "Attested",
        null => "Planned",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
