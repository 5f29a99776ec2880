using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports;

/// <summary>Counts of a run: requirements by family and outcome, and checks by outcome.</summary>
internal sealed class RunSummary
{
    private readonly Dictionary<(string Family, Outcome Outcome), int> _requirements;
    private readonly Dictionary<Outcome, int> _checks;

    private RunSummary(IReadOnlyList<string> families, Dictionary<(string, Outcome), int> requirements, Dictionary<Outcome, int> checks)
    {
        Families = families;
        _requirements = requirements;
        _checks = checks;
    }

    /// <summary>Families in catalog order.</summary>
    public IReadOnlyList<string> Families { get; }

    public static RunSummary Of(RunReport report)
    {
        var families = report.Requirements.Select(r => r.Policy.Family).Distinct(StringComparer.Ordinal).ToList();
        var requirements = report.Requirements
            .GroupBy(r => (r.Policy.Family, r.Outcome))
            .ToDictionary(g => g.Key, g => g.Count());
        var checks = report.Requirements.SelectMany(r => r.Checks)
            .GroupBy(c => c.Outcome)
            .ToDictionary(g => g.Key, g => g.Count());
        return new RunSummary(families, requirements, checks);
    }

    /// <summary>Requirements of a family (or of every family when null) with that outcome.</summary>
    public int Requirements(string? family, Outcome outcome) =>
        family is null
            ? Families.Sum(f => _requirements.GetValueOrDefault((f, outcome)))
            : _requirements.GetValueOrDefault((family, outcome));

    /// <summary>Requirements of a family (or all when null).</summary>
    public int Requirements(string? family) => Outcome.WorstFirst.Sum(o => Requirements(family, o));

    /// <summary>Checks with that outcome (after waivers).</summary>
    public int Checks(Outcome outcome) => _checks.GetValueOrDefault(outcome);

    public int Checks() => _checks.Values.Sum();
}
