using Compliance.Core.Outcomes;

namespace Compliance.Runner.Output;

/// <summary>How the terminal summary names and colours each outcome (Not verified is never green).</summary>
public static class OutcomeLabels
{
    /// <summary>Every outcome in summary order; null is Planned.</summary>
    public static IReadOnlyList<Outcome?> Order { get; } =
        [Outcome.Failed, Outcome.NotVerified, Outcome.Waived, Outcome.Passed, Outcome.Attested, Outcome.NotApplicable, null];

    /// <summary>The label.</summary>
    public static string Label(Outcome? outcome) => OutcomeNames.Label(outcome);

    /// <summary>The Spectre colour.</summary>
    public static string Colour(Outcome? outcome) => outcome switch
    {
        Outcome.Passed or Outcome.Attested => "green",
        Outcome.Failed => "red",
        Outcome.NotVerified => "yellow",
        Outcome.Waived => "blue",
        _ => "grey",
    };
}
