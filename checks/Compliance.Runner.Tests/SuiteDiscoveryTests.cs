using Compliance.Core.Inputs;
using Compliance.Runner.Pipeline;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

public sealed class SuiteDiscoveryTests
{
    [Test]
    public void Test_methods_with_a_control_are_discovered_with_their_fixture_category()
    {
        var checks = SuiteDiscovery.Discover(typeof(SampleSuiteFixture).Assembly.Location);

        Assert.That(checks.Where(c => c.Category == "SMP"), Is.EqualTo(new[]
        {
            new CheckInfo("SampleCheckOne", "SMP-01", "SMP", "Compliance.Runner.Tests.Support.SampleSuiteFixture.SampleCheckOne"),
            new CheckInfo("SampleCheckTwo", "SMP-02", "SMP", "Compliance.Runner.Tests.Support.SampleSuiteFixture.SampleCheckTwo"),
        }));
    }

    [Test]
    public void Unbuilt_suite_is_reported_as_input_problem()
    {
        var e = Assert.Throws<InputException>(() => SuiteDiscovery.Discover("/nonexistent/Compliance.Checks.dll"));

        Assert.That(e!.Message, Is.EqualTo("/nonexistent/Compliance.Checks.dll: the check suite is not built (run ./run-checks.sh, which builds it)"));
    }
}
