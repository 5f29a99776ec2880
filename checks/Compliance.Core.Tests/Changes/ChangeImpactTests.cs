using Compliance.Core.Changes;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Core.Tests.Support;
using static Compliance.Core.Tests.Drift.Runs;

namespace Compliance.Core.Tests.Changes;

public sealed class ChangeImpactTests
{
    [TestCase(Outcome.Passed, Outcome.Failed, ChangeEffect.NewlyFailed)]
    [TestCase(Outcome.NotVerified, Outcome.Failed, ChangeEffect.NewlyFailed)]
    [TestCase(null, Outcome.Failed, ChangeEffect.NewlyFailed)]
    [TestCase(Outcome.Passed, Outcome.NotVerified, ChangeEffect.NewlyNotVerified)]
    [TestCase(Outcome.Failed, Outcome.NotVerified, ChangeEffect.NewlyNotVerified)]
    [TestCase(Outcome.Failed, Outcome.Passed, ChangeEffect.Fixed)]
    [TestCase(Outcome.NotVerified, Outcome.Passed, ChangeEffect.Fixed)]
    [TestCase(Outcome.Failed, Outcome.Waived, ChangeEffect.Fixed)]
    [TestCase(Outcome.Failed, Outcome.Failed, ChangeEffect.Unchanged)]
    [TestCase(Outcome.NotVerified, Outcome.NotVerified, ChangeEffect.Unchanged)]
    [TestCase(Outcome.Passed, Outcome.Passed, ChangeEffect.Unchanged)]
    [TestCase(Outcome.Passed, Outcome.NotApplicable, ChangeEffect.Unchanged)]
    public void A_move_from_the_baseline_to_the_change_run_has_one_effect(Outcome? before, Outcome after, ChangeEffect effect) =>
        Assert.That(ChangeImpact.Classify(before, after), Is.EqualTo(effect));

    [Test]
    public void Each_requirement_and_check_of_the_change_run_is_classified_against_the_baseline_with_the_change_run_message()
    {
        var baseline = Run(1, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Failed), ("NET-03", Outcome.Passed), ("NET-04", Outcome.Passed));

        var impact = ChangeImpact.Of(baseline, [
            Requirement("NET-01", Outcome.Failed, "ml01 connected to 198.19.0.10 on TCP 22"),
            Requirement("NET-02", Outcome.Passed, "compliant"),
            Requirement("NET-03", Outcome.NotVerified, "vantage unreachable"),
            Requirement("NET-04", Outcome.Passed, "compliant")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(impact.Requirements.Select(e => (e.ControlId, e.Effect)), Is.EqualTo(new[]
            {
                ("NET-01", ChangeEffect.NewlyFailed), ("NET-02", ChangeEffect.Fixed), ("NET-03", ChangeEffect.NewlyNotVerified), ("NET-04", ChangeEffect.Unchanged),
            }));
            Assert.That(impact.Checks.Select(e => (e.CheckId, e.Before, e.After)).First(), Is.EqualTo(("CheckNET01", (Outcome?)Outcome.Passed, Outcome.Failed)));
            Assert.That(impact.Of(ChangeEffect.NewlyFailed).Select(e => e.Message), Is.EqualTo(new[] { "ml01 connected to 198.19.0.10 on TCP 22", "ml01 connected to 198.19.0.10 on TCP 22" }));
            Assert.That(impact.ExitCode, Is.EqualTo(ExitCodes.Failed));
        }
    }

    [Test]
    public void Passed_to_not_verified_with_nothing_failing_is_exit_code_2()
    {
        var impact = ChangeImpact.Of(Run(1, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Failed)), [
            Requirement("NET-01", Outcome.NotVerified, "timed out"),
            Requirement("NET-02", Outcome.Failed, "still open")]);

        Assert.That(impact.ExitCode, Is.EqualTo(ExitCodes.NotVerified));
    }

    [Test]
    public void What_was_already_red_in_the_baseline_is_reported_but_does_not_fail_the_change()
    {
        var impact = ChangeImpact.Of(Run(1, ("NET-01", Outcome.NotVerified), ("NET-02", Outcome.Failed)), [
            Requirement("NET-01", Outcome.Failed, "now seen open"),
            Requirement("NET-02", Outcome.NotVerified, "timed out")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(impact.Of(ChangeEffect.NewlyFailed).Select(e => e.ControlId).Distinct(), Is.EqualTo(new[] { "NET-01" }));
            Assert.That(impact.Of(ChangeEffect.NewlyFailed).Any(e => e.Breaks), Is.False);
            Assert.That(impact.ExitCode, Is.EqualTo(ExitCodes.Compliant));
        }
    }

    [Test]
    public void A_check_that_breaks_inside_a_requirement_already_failing_still_fails_the_change()
    {
        var baseline = new RunRecord("b", "lab", "lab", Start, Start, "all requirements", SelectionScope.Everything, true, RunKinds.ChangeBaseline, [],
            [new RequirementRecord("NET-01", "NET-01 holds", Outcome.Failed, [new CheckRecord("A", "a", Outcome.Failed), new CheckRecord("B", "b", Outcome.Passed)])]);
        var policy = TestPolicies.Automated("NET-01");
        var after = new RequirementResult(policy, Outcome.Failed, "2 of 2 checks failed", [Check("A", Outcome.Failed), Check("B", Outcome.Failed)], null, false);

        var impact = ChangeImpact.Of(baseline, [after]);

        Assert.That(impact.Requirements.Single().Effect, Is.EqualTo(ChangeEffect.Unchanged));
        Assert.That(impact.Checks.Where(e => e.Breaks).Select(e => e.CheckId), Is.EqualTo(new[] { "B" }));
        Assert.That(impact.ExitCode, Is.EqualTo(ExitCodes.Failed));
    }

    [Test]
    public void A_change_that_changes_nothing_is_exit_code_0()
    {
        var impact = ChangeImpact.Of(Run(1, ("NET-01", Outcome.Passed)), [Requirement("NET-01", Outcome.Passed, "compliant")]);

        Assert.That(impact.ExitCode, Is.EqualTo(ExitCodes.Compliant));
        Assert.That(impact.Of(ChangeEffect.Unchanged), Has.Count.EqualTo(2));
    }

    private static RequirementResult Requirement(string id, Outcome outcome, string message) =>
        new(TestPolicies.Automated(id), outcome, message, [Check(CheckOf(id), outcome, message)], null, false);

    private static ResolvedCheck Check(string id, Outcome outcome, string message = "m") =>
        new(new CheckResult(id, "NET-01", id, outcome, message, [], Start, Start), outcome, message, null, false);
}
