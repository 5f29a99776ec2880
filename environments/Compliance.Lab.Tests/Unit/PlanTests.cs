using Compliance.Lab.Planning;
using Compliance.Lab.Tests.Support;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Tests.Unit;

public class PlanTests
{
    private static LabPlan LabPlan() => PlanBuilder.Build(TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml")));

    [Test]
    public void Every_resource_comes_after_the_resources_it_depends_on()
    {
        var plan = LabPlan();
        var position = plan.Resources.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);

        foreach (var resource in plan.Resources)
        {
            foreach (var dependency in resource.DependsOn)
            {
                Assert.That(position[dependency], Is.LessThan(position[resource.Id]), $"{resource.Id} after {dependency}");
            }
        }
    }

    [Test]
    public void Every_service_of_the_topology_is_a_resource_that_waits_for_its_host_and_link()
    {
        var plan = LabPlan();

        var jupyter = plan["service-ml01-jupyter-alice"];

        Assert.That(jupyter.DependsOn, Is.EquivalentTo(new[] { "provision-ml01", "link-ml01" }));
        var topology = TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml"));
        var expected = topology.Hosts.SelectMany(h => h.Services.Select(s => $"service-{h.Name}-{s}"));
        Assert.That(plan.Resources.Select(r => r.Id).Where(id => id.StartsWith("service-", StringComparison.Ordinal)), Is.EquivalentTo(expected));
    }

    [Test]
    public void Room_terminals_get_their_link_only_after_the_dhcp_server_is_ready()
    {
        var plan = LabPlan();

        Assert.That(plan["link-infra-term"].DependsOn, Does.Contain("service-fw-dhcp"));
        Assert.That(plan["link-infra-term"].Create, Does.EndWith("dhcp fd5e:1ab0:c0de:10::11/64"));
        Assert.That(plan["link-office-pc"].DependsOn, Does.Not.Contain("service-fw-dhcp"));
    }

    [Test]
    public void Every_resource_has_a_create_and_a_delete_command()
    {
        Assert.That(LabPlan().Resources.Where(r => r.Create.Length == 0 || r.Delete.Length == 0), Is.Empty);
    }

    [Test]
    public void A_dependency_cycle_is_refused()
    {
        PlanResource[] resources = [new("a", "", "c", "d", ["b"]), new("b", "", "c", "d", ["a"])];

        Assert.That(() => new LabPlan(resources), Throws.InvalidOperationException.With.Message.Contains("cycle"));
    }

    [Test]
    public void A_dependency_on_an_unknown_resource_is_refused()
    {
        PlanResource[] resources = [new("a", "", "c", "d", ["ghost"])];

        Assert.That(() => new LabPlan(resources), Throws.InvalidOperationException.With.Message.Contains("unknown"));
    }

    [Test]
    public void Resources_given_out_of_order_are_sorted_by_dependency()
    {
        PlanResource[] resources = [new("c", "", "x", "y", ["b"]), new("b", "", "x", "y", ["a"]), new("a", "", "x", "y", [])];

        Assert.That(new LabPlan(resources).Resources.Select(r => r.Id), Is.EqualTo(new[] { "a", "b", "c" }));
    }
}
