using Compliance.Lab.Scenarios;
using Compliance.Lab.Tests.Support;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Tests.Unit;

public class ScenarioCatalogTests
{
    private static readonly string[] AutomatedRequirements =
    [
        "NET-01", "NET-02", "NET-03", "NET-04", "NET-05", "NET-06", "NET-07", "NET-08", "NET-09", "NET-10", "NET-11", "NET-12",
        "ENC-01", "ENC-02", "ENC-03", "JUP-01", "JUP-02", "JUP-03", "HOST-01", "HOST-02", "HOST-03", "AUD-01", "AUD-04", "AV-01",
    ];

    [Test]
    public void Every_automated_requirement_has_at_least_one_scenario()
    {
        var covered = ScenarioLoader.LoadAll(LabFolder.Directory).SelectMany(s => s.Requirements).ToHashSet();

        Assert.That(AutomatedRequirements.Where(r => !covered.Contains(r)), Is.Empty);
    }

    [Test]
    public void Every_scenario_breaks_and_heals_on_hosts_of_the_topology()
    {
        var hosts = TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml")).Hosts.Select(h => h.Name).ToHashSet();

        foreach (var scenario in ScenarioLoader.LoadAll(LabFolder.Directory))
        {
            Assert.That(scenario.Description, Is.Not.Empty, scenario.Name);
            Assert.That(scenario.Requirements, Is.Not.Empty, scenario.Name);
            Assert.That(scenario.Break, Is.Not.Empty, scenario.Name);
            Assert.That(scenario.Heal, Is.Not.Empty, scenario.Name);
            Assert.That(scenario.Break.Concat(scenario.Heal).Select(s => s.Host).Distinct(), Is.SubsetOf(hosts), scenario.Name);
        }
    }

    [Test]
    public void Every_family_file_holds_scenarios()
    {
        var families = ScenarioLoader.LoadAll(LabFolder.Directory).Select(s => s.Family).Distinct();

        Assert.That(families, Is.EquivalentTo(new[] { "network", "encryption", "jupyter", "host", "antivirus", "audit" }));
    }
}
