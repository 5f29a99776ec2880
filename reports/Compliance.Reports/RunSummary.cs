using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports;

/// <summary>Counts of a run: requirements by family and outcome, and checks by outcome.</summary>
internal sealed class RunSummary
{
    private RunSummary(IReadOnlyList<string> families, Dictionary<(string, string), int> requirements, Dictionary<string, int> checks)
    {
        Families = families;
        RequirementCounts = requirements;
        CheckCounts = checks;
    }

    /// <summary>Families in catalog order.</summary>
    public IReadOnlyList<string> Families { get; }

    private Dictionary<(string Family, string Code), int> RequirementCounts { get; }

    private Dictionary<string, int> CheckCounts { get; }

    public static RunSummary Of(RunReport report)
    {
        var families = report.Requirements.Select(r => r.Policy.Family).Distinct(StringComparer.Ordinal).ToList();
        var requirements = report.Requirements
            .GroupBy(r => (r.Policy.Family, OutcomeText.Code(r.Outcome)))
            .ToDictionary(g => g.Key, g => g.Count());
        var checks = report.Requirements.SelectMany(r => r.Checks)
            .GroupBy(c => OutcomeText.Code(c.Outcome))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RunSummary(families, requirements, checks);
    }

    /// <summary>Requirements of a family (or of every family when null) with that outcome.</summary>
    public int Requirements(string? family, Outcome? outcome)
    {
        var code = OutcomeText.Code(outcome);
        return family is null
            ? Families.Sum(f => RequirementCounts.GetValueOrDefault((f, code)))
            : RequirementCounts.GetValueOrDefault((family, code));
    }

    /// <summary>Requirements of a family (or all when null).</summary>
    public int Requirements(string? family) => OutcomeText.All.Sum(o => Requirements(family, o));

    /// <summary>Checks with that outcome (after waivers).</summary>
    public int Checks(Outcome outcome) => CheckCounts.GetValueOrDefault(OutcomeText.Code(outcome));

    public int Checks() => CheckCounts.Values.Sum();
}
