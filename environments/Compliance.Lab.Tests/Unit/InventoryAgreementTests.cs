using Compliance.Core.Inventory;
using Compliance.Lab.Tests.Support;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Tests.Unit;

/// <summary>The inventory the checks load for an instance reaches exactly the namespaces and addresses the engine builds.</summary>
public sealed class InventoryAgreementTests
{
    private const string Instance = "ltagree";

    private static readonly EnvironmentInventory Inventory = LabEnvironment.Load(LabFolder.Directory, Instance);

    private static readonly LabTopology Topology = TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml"));

    [Test]
    public void Every_host_the_engine_builds_is_in_the_inventory_and_nothing_else()
    {
        Assert.That(Inventory.Hosts.Select(h => h.Name), Is.EqualTo(Topology.Hosts.Select(h => h.Name)));
    }

    [Test]
    public void Every_host_is_reached_through_the_namespaces_the_engine_makes_for_the_instance()
    {
        var lab = LabFolder.Context(Instance);

        foreach (var host in Topology.Hosts)
        {
            Assert.That(Inventory.Host(host.Name).Transport, Is.EqualTo(new TransportSettings("netns", Namespace: lab.Namespace(host.Name),
                MountNamespace: lab.MountNamespacePath(host.Name), UtsNamespace: lab.UtsNamespacePath(host.Name))), host.Name);
        }
    }

    [Test]
    public void Hosts_have_the_engine_addresses_and_the_router_one_in_every_segment()
    {
        foreach (var host in Topology.Hosts)
        {
            var expected = host.Router ? Topology.Segments.Select(s => s.Router) : host.Addresses;
            Assert.That(Inventory.Host(host.Name).Addresses, Is.EqualTo(expected), host.Name);
        }
    }
}
