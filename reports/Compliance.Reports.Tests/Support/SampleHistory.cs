using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports.Tests.Support;

/// <summary>
/// Three earlier nightly runs of the sample's environment and selection, and what changed since the last of them:
/// NET-07 newly Failed, NET-10 newly Not verified, ENC-03 fixed (now Waived), ENC-02 and PHY-02 still failing;
/// inventory.yaml changed. JUP-01 was not in the first run.
/// </summary>
internal static class SampleHistory
{
    public static readonly string[] Nights = ["20261128T210000Z-0a01", "20261129T210000Z-0a02", "20261130T210000Z-0a03"];

    public static readonly IReadOnlyList<InputHash> Inputs =
        [new("catalog (policies/)", new string('c', 64)), new("inventory.yaml", new string('a', 64)), new("lab files (topology.yaml, packages.txt, debconf.txt, scripts, common, hosts, fixtures)", new string('e', 64))];

    public static RunReport Attach(RunReport report)
    {
        report = report with { Metadata = report.Metadata with { Inputs = Inputs } };
        var current = RunRecord.Of(report);
        var earlier = Nights.Select((id, night) => Earlier(current, id, night)).ToList();
        return report with { Changes = RunComparer.Compare(earlier[^1], current, requested: false), History = RunHistory.Of(earlier, current) };
    }

    private static RunRecord Earlier(RunRecord current, string runId, int night)
    {
        var started = RunBuilder.Start.AddDays(night - 3);
        var requirements = current.Requirements
            .Where(r => night > 0 || r.Id != "JUP-01")
            .Select(r => r with { Outcome = Before(r.Id, r.Outcome, night), Checks = [.. r.Checks.Select(c => c with { Outcome = Before(r.Id, c.Outcome, night) })] });
        return current with
        {
            RunId = runId,
            StartedUtc = started,
            EndedUtc = started.AddMinutes(4),
            Inputs = [Inputs[0], new("inventory.yaml", new string('b', 64)), Inputs[2]],
            Requirements = [.. requirements],
        };
    }

    private static Outcome Before(string requirementId, Outcome now, int night) => requirementId switch
    {
        "NET-07" => night == 1 ? Outcome.NotVerified : Outcome.Passed,
        "NET-10" => Outcome.Passed,
        "ENC-03" => Outcome.Failed,
        _ => now,
    };
}
