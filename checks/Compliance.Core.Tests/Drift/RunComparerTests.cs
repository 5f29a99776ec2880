using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Core.Tests.Drift.Runs;

namespace Compliance.Core.Tests.Drift;

public sealed class RunComparerTests
{
    [Test]
    public void A_requirement_failed_now_and_not_before_is_a_new_failure_with_its_check()
    {
        var changes = RunComparer.Compare(Run(1, ("NET-01", Outcome.Passed)), Run(2, ("NET-01", Outcome.Failed)), requested: false);

        Assert.That(changes.Requirements.NewFailures, Is.EqualTo(new[] { new RequirementChange("NET-01", "NET-01 holds", Outcome.Passed, Outcome.Failed) }));
        Assert.That(changes.Checks.NewFailures, Is.EqualTo(new[] { new CheckChange("CheckNET01", "NET-01", "NET-01 check", Outcome.Passed, Outcome.Failed) }));
        Assert.That(changes.Requirements.Fixed.Concat(changes.Requirements.StillFailing).Concat(changes.Requirements.NewNotVerified), Is.Empty);
    }

    [Test]
    public void A_requirement_failed_before_and_compliant_now_is_fixed()
    {
        var changes = RunComparer.Compare(
            Run(1, ("NET-01", Outcome.Failed), ("NET-02", Outcome.Failed)),
            Run(2, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Waived)),
            requested: false);

        Assert.That(changes.Requirements.Fixed.Select(c => (c.Id, c.Before, c.After)),
            Is.EqualTo(new[] { ("NET-01", (Outcome?)Outcome.Failed, Outcome.Passed), ("NET-02", (Outcome?)Outcome.Failed, Outcome.Waived) }));
        Assert.That(changes.Checks.Fixed.Select(c => c.CheckId), Is.EqualTo(new[] { "CheckNET01", "CheckNET02" }));
    }

    [Test]
    public void A_requirement_failed_in_both_runs_is_still_failing()
    {
        var changes = RunComparer.Compare(Run(1, ("NET-01", Outcome.Failed)), Run(2, ("NET-01", Outcome.Failed)), requested: false);

        Assert.That(changes.Requirements.StillFailing.Select(c => c.Id), Is.EqualTo(new[] { "NET-01" }));
        Assert.That(changes.Requirements.NewFailures, Is.Empty);
    }

    [Test]
    public void A_requirement_not_verified_now_after_another_outcome_is_new_not_verified_and_a_failure_turned_unknown_is_not_fixed()
    {
        var changes = RunComparer.Compare(
            Run(1, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Failed), ("NET-03", Outcome.NotVerified)),
            Run(2, ("NET-01", Outcome.NotVerified), ("NET-02", Outcome.NotVerified), ("NET-03", Outcome.NotVerified)),
            requested: false);

        Assert.That(changes.Requirements.NewNotVerified.Select(c => c.Id), Is.EqualTo(new[] { "NET-01", "NET-02" }));
        Assert.That(changes.Requirements.Fixed, Is.Empty);
    }

    [Test]
    public void A_requirement_or_check_the_compared_run_did_not_cover_counts_from_not_checked()
    {
        var changes = RunComparer.Compare(Run(1, ("NET-01", Outcome.Passed)), Run(2, ("NET-01", Outcome.Passed), ("NET-09", Outcome.Failed)), requested: false);

        Assert.That(changes.Requirements.NewFailures, Is.EqualTo(new[] { new RequirementChange("NET-09", "NET-09 holds", null, Outcome.Failed) }));
        Assert.That(changes.Checks.NewFailures.Single().Before, Is.Null);
    }

    [Test]
    public void Unchanged_compliant_outcomes_are_no_change()
    {
        var changes = RunComparer.Compare(
            Run(1, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Waived), ("NET-03", Outcome.NotVerified)),
            Run(2, ("NET-01", Outcome.Passed), ("NET-02", Outcome.Passed), ("NET-03", Outcome.Passed)),
            requested: false);

        Assert.That(ChangeKinds.All.SelectMany(k => changes.Requirements.Of(k)), Is.Empty);
        Assert.That(ChangeKinds.All.SelectMany(k => changes.Checks.Of(k)), Is.Empty);
    }

    [Test]
    public void A_check_can_change_while_its_requirement_stays_failed()
    {
        var before = Run(1, ("NET-01", Outcome.Failed));
        var after = Run(2, ("NET-01", Outcome.Failed)) with
        {
            Requirements = [new RequirementRecord("NET-01", "NET-01 holds", Outcome.Failed,
                [new CheckRecord("CheckNET01", "NET-01 check", Outcome.Passed), new CheckRecord("CheckNET01Udp", "NET-01 over UDP", Outcome.Failed)])],
        };

        var changes = RunComparer.Compare(before, after, requested: false);

        Assert.That(changes.Requirements.StillFailing.Select(c => c.Id), Is.EqualTo(new[] { "NET-01" }));
        Assert.That(changes.Checks.Fixed.Select(c => c.CheckId), Is.EqualTo(new[] { "CheckNET01" }));
        Assert.That(changes.Checks.NewFailures.Select(c => c.CheckId), Is.EqualTo(new[] { "CheckNET01Udp" }));
    }

    [Test]
    public void Inputs_whose_hash_changed_appeared_or_disappeared_are_named()
    {
        var before = Run(1) with { Inputs = [new("catalog (policies/)", Sha('c')), new("inventory.yaml", Sha('a')), new("waivers.yaml", Sha('w'))] };
        var after = Run(2) with { Inputs = [new("catalog (policies/)", Sha('c')), new("inventory.yaml", Sha('b')), new("expected/flows.yaml", Sha('f'))] };

        var changes = RunComparer.Compare(before, after, requested: false);

        Assert.That(changes.Inputs, Is.EqualTo(new[]
        {
            new InputChange("inventory.yaml", Sha('a'), Sha('b')),
            new InputChange("expected/flows.yaml", null, Sha('f')),
            new InputChange("waivers.yaml", Sha('w'), null),
        }));
    }

    [Test]
    public void The_compared_run_is_named_with_how_it_was_chosen()
    {
        var latest = RunComparer.Compare(Run(1), Run(2), requested: false);
        var requested = RunComparer.Compare(Run(1), Run(2), requested: true);

        Assert.That(latest.Compared, Is.EqualTo(new ComparedRun("20261201T023000Z-0001", Start, Start.AddMinutes(9), true, "production", "all requirements", false)));
        Assert.That(latest.Basis, Is.EqualTo(RunChanges.LatestBasis));
        Assert.That(requested.Compared!.Requested, Is.True);
        Assert.That(requested.Basis, Is.EqualTo(RunChanges.RequestedBasis));
    }

    private static string Sha(char c) => new(c, 64);
}
