using Compliance.Core.Outcomes;

namespace Compliance.Reports;

/// <summary>
/// The seven outcomes a report shows (the six of <see cref="Outcome"/> plus Planned, written as null),
/// each with its label for people and its code for machines and CSS.
/// </summary>
internal static class OutcomeText
{
    /// <summary>Every outcome in report order; null stands for Planned.</summary>
    public static IReadOnlyList<Outcome?> All { get; } =
        [Outcome.Passed, Outcome.Failed, Outcome.NotVerified, Outcome.Waived, Outcome.NotApplicable, Outcome.Attested, null];

    public static string Label(Outcome? outcome) => OutcomeNames.Label(outcome);

    public static string Code(Outcome? outcome) => outcome switch
    {
        Outcome.Passed => "passed",
        Outcome.Failed => "failed",
        Outcome.NotVerified => "not_verified",
        Outcome.Waived => "waived",
        Outcome.NotApplicable => "not_applicable",
        Outcome.Attested => "attested",
        null => "planned",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
