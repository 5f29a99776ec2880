using Compliance.Checks;
using Compliance.Checks.Adapter;
using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Adapter;

/// <summary>The NUnit adapter: a test case per registered check, and every outcome mapped so that Not verified is red.</summary>
public sealed class AdapterTests
{
    [Test]
    public void Every_outcome_has_its_nunit_result_and_not_verified_is_an_error()
    {
        var expected = new Dictionary<Outcome, JunitResult>
        {
            [Outcome.Passed] = JunitResult.Pass,
            [Outcome.Attested] = JunitResult.Pass,
            [Outcome.Failed] = JunitResult.Failure,
            [Outcome.NotVerified] = JunitResult.Error,
            [Outcome.Waived] = JunitResult.Skipped,
            [Outcome.NotApplicable] = JunitResult.Skipped,
            [Outcome.Planned] = JunitResult.Skipped,
        };

        Assert.That(Enum.GetValues<Outcome>(), Is.EquivalentTo(expected.Keys), "every outcome is listed here");
        Assert.That(Enum.GetValues<Outcome>().ToDictionary(o => o, o => o.Junit), Is.EqualTo(expected));
    }

    [TestCase(Outcome.Passed, typeof(SuccessException))]
    [TestCase(Outcome.Failed, typeof(AssertionException))]
    [TestCase(Outcome.NotVerified, typeof(NotVerifiedException))]
    [TestCase(Outcome.NotApplicable, typeof(IgnoreException))]
    public void The_adapter_ends_a_test_as_the_mapping_says(Outcome outcome, Type ending)
    {
        var now = DateTimeOffset.UtcNow;
        var result = new Core.Results.CheckResult("SomeCheck", "NET-01", "t", outcome, "why", [], now, now);

        using (new NUnit.Framework.Internal.TestExecutionContext.IsolatedContext())
        {
            Assert.That(() => NUnitReport.Report(result), Throws.TypeOf(ending));
        }
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
