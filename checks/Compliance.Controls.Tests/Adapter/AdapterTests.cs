using Compliance.Checks;
using Compliance.Checks.Adapter;
using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Adapter;

/// <summary>The NUnit adapter: a test case per registered check, and every outcome mapped so that Not verified is red.</summary>
public sealed class AdapterTests
{
    [Test]
    public void Every_outcome_has_its_nunit_result()
    {
        var expected = new Dictionary<Outcome, AdapterOutcome>
        {
            [Outcome.Passed] = AdapterOutcome.Pass,
            [Outcome.Attested] = AdapterOutcome.Pass,
            [Outcome.Failed] = AdapterOutcome.Failure,
            [Outcome.NotVerified] = AdapterOutcome.Error,
            [Outcome.Waived] = AdapterOutcome.Skipped,
            [Outcome.NotApplicable] = AdapterOutcome.Skipped,
        };

        Assert.That(Enum.GetValues<Outcome>(), Is.EquivalentTo(expected.Keys), "every outcome is listed here");
        Assert.That(Enum.GetValues<Outcome>().ToDictionary(o => o, AdapterOutcomes.For), Is.EqualTo(expected));
    }

    [Test]
    public void There_is_one_test_case_per_registered_check_named_as_the_check_with_its_control()
    {
        var cases = EveryCheck.Checks().ToList();
        var checks = CheckRegistry.All();

        Assert.That(cases.Select(c => c.TestName), Is.EqualTo(checks.Select(c => c.CheckId)));
        Assert.That(cases.Select(c => c.Properties.Get("Control")), Is.EqualTo(checks.Select(c => c.ControlId)));
        Assert.That(cases.Select(c => c.Properties["Category"].Cast<string>().Single()), Is.EqualTo(checks.Select(c => c.Family)));
    }
}
