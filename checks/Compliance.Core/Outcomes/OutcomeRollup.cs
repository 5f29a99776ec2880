namespace Compliance.Core.Outcomes;

/// <summary>
/// Combines check outcomes into a requirement outcome. Worst first: Failed, Not verified, Waived,
/// Passed or Attested, Not applicable (only when everything is not applicable).
/// </summary>
public static class OutcomeRollup
{
    private static readonly Outcome[] Precedence =
        [Outcome.Failed, Outcome.NotVerified, Outcome.Waived, Outcome.Passed, Outcome.Attested, Outcome.NotApplicable];

    /// <summary>The combined outcome; an empty set yields Not verified (nothing was established).</summary>
    public static Outcome Combine(IEnumerable<Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var set = outcomes.ToHashSet();
        return set.Count == 0 ? Outcome.NotVerified : Precedence.First(set.Contains);
    }
}
