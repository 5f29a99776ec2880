using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Core.Tests.Drift.Runs;

namespace Compliance.Core.Tests.Drift;

public sealed class RunSeriesTests
{
    private static readonly RunSeries Nightly = RunSeries.Of(Metadata(Run(9)));

    [Test]
    public void A_complete_standard_run_of_the_same_environment_and_selection_is_in_the_series()
    {
        Assert.That(Nightly.Includes(Run(1, ("NET-01", Outcome.Failed))), Is.True);
    }

    [Test]
    public void An_incomplete_run_is_never_in_the_series()
    {
        Assert.That(Nightly.Includes(Run(1) with { Complete = false }), Is.False);
    }

    [TestCase(RunKinds.Change)]
    [TestCase(RunKinds.ChangeBaseline)]
    public void A_change_run_or_its_baseline_is_never_in_the_series(string kind)
    {
        Assert.That(Nightly.Includes(Run(1) with { RunKind = kind }), Is.False);
    }

    [Test]
    public void A_run_of_another_environment_or_kind_of_environment_is_not_in_the_series()
    {
        Assert.That(Nightly.Includes(Run(1) with { Environment = "lab" }), Is.False);
        Assert.That(Nightly.Includes(Run(1) with { EnvironmentKind = "lab" }), Is.False);
    }

    [Test]
    public void A_run_of_another_selection_is_not_in_the_series_and_the_same_selection_named_otherwise_is()
    {
        var family = RunSeries.Of(Metadata(Run(9) with { Selection = "families network", Scope = SelectionScope.Of([], ["NET"]) }));

        Assert.That(Nightly.Includes(Run(1) with { Selection = "families NET", Scope = SelectionScope.Of([], ["NET"]) }), Is.False);
        Assert.That(family.Includes(Run(1) with { Selection = "families NET", Scope = SelectionScope.Of([], ["NET"]) }), Is.True);
        Assert.That(family.Includes(Run(1) with { Selection = "families NET, ENC", Scope = SelectionScope.Of([], ["NET", "ENC"]) }), Is.False);
    }

    [Test]
    public void Scopes_compare_as_sets_whatever_order_the_command_line_gave()
    {
        Assert.That(SelectionScope.Of(["NET-07", "NET-01", "NET-07"], []).SameAs(SelectionScope.Of(["NET-01", "NET-07"], [])), Is.True);
        Assert.That(SelectionScope.Of(["NET-01"], []).SameAs(SelectionScope.Of([], ["NET"])), Is.False);
    }

    [Test]
    public void A_run_written_before_scopes_were_recorded_matches_by_its_selection_description()
    {
        Assert.That(Nightly.Includes(Run(1) with { Scope = null }), Is.True);
        Assert.That(Nightly.Includes(Run(1) with { Scope = null, Selection = "controls NET-01" }), Is.False);
    }
}
