using Compliance.Lab.Scenarios;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Integration;

/// <summary>Every violation scenario breaks and heals on the running lab, and healing returns its hosts to readiness.</summary>
[TestFixture, Category("Integration")]
public class ScenarioTests
{
    private static IEnumerable<TestCaseData> Scenarios() =>
        ScenarioLoader.LoadAll(LabFolder.Directory).Select(s => new TestCaseData(s).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario_breaks_and_heals_back_to_readiness(Scenario scenario)
    {
        var broken = await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: false);
        var healed = await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: true);

        Assert.That(broken.Succeeded, Is.True, "break: " + broken.Output);
        Assert.That(healed.Succeeded, Is.True, "heal: " + healed.Output);
        var hosts = scenario.Break.Concat(scenario.Heal).Select(s => s.Host).Distinct();
        Assert.That(await LabUp.Driver.UnreadyServicesAsync(hosts), Is.Empty);
        var rules = await LabUp.Driver.ExecAsync("fw", "nft list chain inet filter forward");
        Assert.That(rules.Output, Does.Not.Contain("violation:"));
    }

    [Test]
    public async Task A_firewall_scenario_really_opens_the_path_until_healed()
    {
        var scenario = ScenarioLoader.LoadAll(LabFolder.Directory).Single(s => s.Name == "net-secure-inet-high-tcp-port");
        var probe = Probe.Tcp("secure zone to sink on 40123", "ml01", "198.19.0.100", 40123, open: true);

        await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: false);
        var open = await LabUp.Driver.ExecAsync(probe.Host, probe.Script);
        await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: true);
        var closed = await LabUp.Driver.ExecAsync(probe.Host, probe.Script);

        Assert.That(open.Output, Does.Contain("CONNECTED"));
        Assert.That(closed.Output, Does.Contain("BLOCKED"));
    }

    [Test]
    public async Task A_proxy_scenario_really_allows_the_extra_domain_until_healed()
    {
        var scenario = ScenarioLoader.LoadAll(LabFolder.Directory).Single(s => s.Name == "net-proxy-extra-domain");
        const string request = "curl -s -o /dev/null -w '%{http_code}' -x http://198.18.30.10:3128 http://evil.example/";

        await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: false);
        var allowed = await LabUp.Driver.ExecAsync("ml01", request);
        await ScenarioRunner.ApplyAsync(LabUp.Driver.Lab, scenario, heal: true);
        var refused = await LabUp.Driver.ExecAsync("ml01", request);

        Assert.That(allowed.Output.Trim(), Is.EqualTo("200"));
        Assert.That(refused.Output.Trim(), Is.EqualTo("403"));
    }
}
