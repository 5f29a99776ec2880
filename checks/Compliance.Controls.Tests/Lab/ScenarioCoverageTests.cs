using Compliance.Controls.Graph;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// Every check that probes the lab has a violation scenario expected to turn it red (or Not verified), so no check is
/// only ever seen green. (The Graph checks get theirs from the recorded tenant's variants, see Endpoint/.)
/// </summary>
public sealed class ScenarioCoverageTests
{
    [Test]
    public void Every_lab_check_is_turned_red_by_some_scenario()
    {
        var named = ScenarioExpectations.All().SelectMany(e => e.Failed.Concat(e.NotVerified)).ToHashSet(StringComparer.Ordinal);
        var unproven = CheckCatalog.All().Where(c => c is not GraphCheck).Select(c => c.CheckId).Where(id => !named.Contains(id));
        Assert.That(unproven, Is.Empty, "checks without a scenario that turns them red");
    }

    [Test]
    public void Every_scenario_of_the_lab_has_an_expectation_and_every_expectation_a_scenario()
    {
        var violations = Path.Combine(Path.GetDirectoryName(Catalog.RepositoryPolicies.Directory)!, "environments", "lab", "violations");
        var scenarios = Directory.GetFiles(violations, "*.yaml")
            .SelectMany(File.ReadAllLines)
            .Where(l => l.StartsWith("- name: ", StringComparison.Ordinal))
            .Select(l => l["- name: ".Length..].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var expected = ScenarioExpectations.All().Select(e => e.Scenario).ToHashSet(StringComparer.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenarios.Except(expected), Is.Empty, "scenarios nobody checks");
            Assert.That(expected.Except(scenarios), Is.Empty, "expectations of scenarios that do not exist");
        }
    }
}
