namespace Compliance.Core.Outcomes;

/// <summary>
/// Everything the suite says about an <see cref="Outcome"/>, in one table ordered worst first: the label people read,
/// the JSON (and CSS) name, the JUnit result, whether it counts as compliant, its exit code, its terminal colour and the
/// symbol that stands for it where a whole label does not fit (the report's outcome history).
/// </summary>
public static class OutcomeVocabulary
{
    private static readonly Row[] Table =
    [
        new(Outcome.Failed, "Failed", "failed", JunitResult.Failure, false, ExitCodes.Failed, "red", "F"),
        new(Outcome.NotVerified, "Not verified", "not_verified", JunitResult.Error, false, ExitCodes.NotVerified, "yellow", "?"),
        new(Outcome.Waived, "Waived", "waived", JunitResult.Skipped, true, ExitCodes.Compliant, "blue", "W"),
        new(Outcome.Passed, "Passed", "passed", JunitResult.Pass, true, ExitCodes.Compliant, "green", "P"),
        new(Outcome.Attested, "Attested", "attested", JunitResult.Pass, true, ExitCodes.Compliant, "green", "A"),
        new(Outcome.NotApplicable, "Not applicable", "not_applicable", JunitResult.Skipped, true, ExitCodes.Compliant, "grey", "-"),
        new(Outcome.Planned, "Planned", "planned", JunitResult.Skipped, false, ExitCodes.Compliant, "grey", "·"),
    ];

    private static readonly IReadOnlyList<Outcome> AllWorstFirst = Array.AsReadOnly([.. Table.Select(r => r.Outcome)]);

    private static readonly IReadOnlyList<Outcome> CheckOutcomes = Array.AsReadOnly([.. AllWorstFirst.Where(o => o != Outcome.Planned)]);

    extension(Outcome outcome)
    {
        /// <summary>Every outcome, worst first: Failed, Not verified, Waived, Passed, Attested, Not applicable, Planned.</summary>
        public static IReadOnlyList<Outcome> WorstFirst => AllWorstFirst;

        /// <summary>The outcomes a check can have (every outcome but Planned), worst first.</summary>
        public static IReadOnlyList<Outcome> OfChecks => CheckOutcomes;

        /// <summary>The worst of <paramref name="outcomes"/>; null when there are none.</summary>
        public static Outcome? Worst(IEnumerable<Outcome> outcomes)
        {
            ArgumentNullException.ThrowIfNull(outcomes);
            var ranks = outcomes.Select(o => o.Rank).ToList();
            return ranks.Count == 0 ? null : Table[ranks.Min()].Outcome;
        }

        /// <summary>The outcome whose <see cref="JsonName"/> is <paramref name="jsonName"/> ("not_verified"), or null.</summary>
        public static Outcome? FromJsonName(string? jsonName) =>
            Array.Find(Table, r => r.JsonName == jsonName)?.Outcome;

        /// <summary>The position in the worst-first order: 0 is the worst.</summary>
        public int Rank => Array.FindIndex(Table, r => r.Outcome == outcome) is var i and >= 0
            ? i
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");

        /// <summary>The words people read, the same in the terminal, the log and every report ("Not verified").</summary>
        public string Label => Table[outcome.Rank].Label;

        /// <summary>The machine name in <c>results.json</c> and in the HTML report's data attributes ("not_verified").</summary>
        public string JsonName => Table[outcome.Rank].JsonName;

        /// <summary>The CSS class of the report's badges and summary cells ("o-not_verified").</summary>
        public string CssClass => "o-" + Table[outcome.Rank].JsonName;

        /// <summary>How JUnit carries it: Failed a failure, Not verified an error, Waived, Not applicable and Planned skipped.</summary>
        public JunitResult Junit => Table[outcome.Rank].Junit;

        /// <summary>Whether it counts as compliant: Passed, Waived, Attested, Not applicable. Planned establishes nothing.</summary>
        public bool IsCompliant => Table[outcome.Rank].IsCompliant;

        /// <summary>The exit code this outcome asks for (see <see cref="ExitCodes"/>).</summary>
        public int ExitCode => Table[outcome.Rank].ExitCode;

        /// <summary>The terminal colour (a Spectre.Console colour name); Not verified is never green.</summary>
        public string Colour => Table[outcome.Rank].Colour;

        /// <summary>One character for it, distinct per outcome, so a row of outcomes reads without colour ("F", "?", "P").</summary>
        public string Symbol => Table[outcome.Rank].Symbol;
    }

    private sealed record Row(Outcome Outcome, string Label, string JsonName, JunitResult Junit, bool IsCompliant, int ExitCode, string Colour, string Symbol);
}
