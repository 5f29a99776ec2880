using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// The checks against a real lab instance: green on the compliant lab; each violation scenario turns exactly the expected
/// checks red (or Not verified) and leaves every other check of the requirements it breaks green; healing restores green.
/// </summary>
[TestFixture, Category("Lab"), Parallelizable(ParallelScope.All)]
public sealed class LabScenarioTests
{
    private static IEnumerable<ScenarioExpectation> Scenarios() => ScenarioExpectations.All();

    [Test]
    public async Task Compliant_lab_passes_every_check_of_every_family()
    {
        var (_, inventory) = await LabFixture.UpAsync();
        var families = ScenarioExpectations.All().SelectMany(s => s.Families).Distinct().ToList();
        var results = await LabRun.RunAsync(inventory, CheckCatalog.Of(families));
        Assert.That(results.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CheckId}: {r.Outcome}: {r.Message}"), Is.Empty);
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario_turns_exactly_the_expected_checks_red(ScenarioExpectation expectation)
    {
        var (lab, inventory) = await LabFixture.UpAsync();
        var family = CheckCatalog.Of(expectation.Families);
        var unknown = expectation.Failed.Concat(expectation.NotVerified).Except(family.Select(c => c.CheckId)).ToList();
        Assert.That(unknown, Is.Empty, "expectation names checks outside its families");

        // Every check of the requirements the scenario breaks runs: the named ones must turn red, their siblings stay green.
        // (The compliant run above covers every check of every family.)
        var requirements = family.Where(c => expectation.Failed.Contains(c.CheckId) || expectation.NotVerified.Contains(c.CheckId)).Select(c => c.ControlId).ToHashSet(StringComparer.Ordinal);
        var checks = family.Where(c => requirements.Contains(c.ControlId)).ToList();
        await lab.BreakAsync(expectation.Scenario);
        IReadOnlyList<CheckResult> broken;
        try
        {
            // A reloaded daemon may serve its old configuration for a moment: poll until the expected picture or the deadline.
            broken = await LabRun.UntilAsync(inventory, checks, r => Matches(r, expectation), TimeSpan.FromSeconds(90));
        }
        finally
        {
            await lab.HealAsync(expectation.Scenario);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(LabRun.Describe(broken, Outcome.Failed), Is.EqualTo(string.Join(", ", expectation.Failed.Order(StringComparer.Ordinal))), "Failed");
            Assert.That(LabRun.Describe(broken, Outcome.NotVerified), Is.EqualTo(string.Join(", ", expectation.NotVerified.Order(StringComparer.Ordinal))), "Not verified");
            Assert.That(broken.Count(r => r.Outcome == Outcome.Passed), Is.EqualTo(checks.Count - expectation.Failed.Count - expectation.NotVerified.Count), "Passed");
        }

        var named = expectation.Failed.Concat(expectation.NotVerified).ToHashSet();
        var healed = await LabRun.UntilAsync(inventory, [.. checks.Where(c => named.Contains(c.CheckId))], r => r.All(x => x.Outcome == Outcome.Passed), TimeSpan.FromSeconds(90));
        Assert.That(healed.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CheckId}: {r.Outcome}"), Is.Empty, "after healing");
    }

    private static bool Matches(IReadOnlyList<CheckResult> results, ScenarioExpectation expectation) =>
        LabRun.Describe(results, Outcome.Failed) == string.Join(", ", expectation.Failed.Order(StringComparer.Ordinal))
        && LabRun.Describe(results, Outcome.NotVerified) == string.Join(", ", expectation.NotVerified.Order(StringComparer.Ordinal));
}
