using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using static Compliance.Core.Tests.Drift.Runs;

namespace Compliance.Core.Tests.Drift;

public sealed class RunHistoryTests
{
    [Test]
    public void History_holds_the_last_thirty_runs_oldest_first_with_a_complete_current_run_last()
    {
        var earlier = Enumerable.Range(1, 31).Select(n => Run(n, ("NET-01", Outcome.Passed))).Reverse();
        var current = Run(32, ("NET-01", Outcome.Failed));

        var history = RunHistory.Of(earlier, current);

        Assert.That(history.Runs, Has.Count.EqualTo(RunHistory.Length));
        Assert.That(history.Runs[0].RunId, Is.EqualTo(Run(3).RunId));
        Assert.That(history.Runs[^1], Is.SameAs(current));
        Assert.That(history.Runs.Select(r => r.StartedUtc), Is.Ordered);
    }

    [Test]
    public void An_incomplete_current_run_is_left_out_of_its_history()
    {
        var history = RunHistory.Of([Run(1), Run(2)], Run(3) with { Complete = false });

        Assert.That(history.Runs.Select(r => r.RunId), Is.EqualTo(new[] { Run(1).RunId, Run(2).RunId }));
    }

    [Test]
    public void A_requirement_a_run_did_not_cover_has_no_outcome_in_it()
    {
        var run = Run(1, ("NET-01", Outcome.Passed));

        Assert.That(run.OutcomeOf("NET-01"), Is.EqualTo(Outcome.Passed));
        Assert.That(run.OutcomeOf("NET-02"), Is.Null);
    }
}
