using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

public sealed class TopologyInventoryTests
{
    private static readonly Type[] Sections = [typeof(SampleProxyExpectation), typeof(SampleSudoExpectation)];

    [Test]
    public void Segments_hosts_addresses_and_roles_come_from_the_topology()
    {
        using var env = new TopologyEnvironment();

        var inventory = InventoryLoader.Load(env.Directory, Sections, "lt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inventory.Segments, Is.EqualTo(new[] { new Segment("room", "198.18.10.0/24", "Security room"), new Segment("secure", "198.18.50.0/24", "") }));
            Assert.That(inventory.Hosts.Select(h => h.Name), Is.EqualTo(new[] { "fw", "t1", "ml01" }));
            Assert.That(inventory.Host("ml01").Addresses, Is.EqualTo(new[] { "198.18.50.10", "fd5e:1ab0:c0de:50::10" }));
            Assert.That(inventory.Host("t1").Roles, Is.EqualTo(new[] { "terminal" }));
            Assert.That(inventory.Host("ml01").Roles, Is.Empty);
            Assert.That(inventory.Terminals.Single().Host, Is.EqualTo("t1"));
        }
    }

    [Test]
    public void The_router_sits_in_the_first_segment_with_the_router_address_of_every_segment()
    {
        using var env = new TopologyEnvironment();

        var fw = InventoryLoader.Load(env.Directory, Sections, "lt").Host("fw");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fw.Segment, Is.EqualTo("room"));
            Assert.That(fw.Addresses, Is.EqualTo(new[] { "198.18.10.1", "198.18.50.1" }));
        }
    }

    [Test]
    public void Every_host_gets_the_transport_of_its_instance_with_its_namespace_files()
    {
        using var env = new TopologyEnvironment();

        var transport = InventoryLoader.Load(env.Directory, Sections, "lt").Host("ml01").Transport;

        Assert.That(transport, Is.EqualTo(new TransportSettings("netns", Namespace: "lt-ml01", MountNamespace: "/run/x/lt/ml01.mnt", UtsNamespace: "/run/x/lt/ml01.uts")));
    }

    [Test]
    public void Two_instances_of_one_folder_reach_different_namespaces()
    {
        using var env = new TopologyEnvironment();

        var first = InventoryLoader.Load(env.Directory, Sections, "lta").Host("t1").Transport.Namespace;
        var second = InventoryLoader.Load(env.Directory, Sections, "ltb").Host("t1").Transport.Namespace;

        Assert.That(new[] { first, second }, Is.EqualTo(new[] { "lta-t1", "ltb-t1" }));
    }

    [Test]
    public void The_instance_placeholder_is_replaced_in_expected_values()
    {
        using var env = new TopologyEnvironment().WithExpected("proxy", "allowed_domains: [\"{instance}.lab.internal\"]\nnote: /var/lib/x/{instance}/ca.crt\n");

        var proxy = InventoryLoader.Load(env.Directory, Sections, "lt").Expected.Get<SampleProxyExpectation>();

        Assert.That((proxy.AllowedDomains.Single(), proxy.Note), Is.EqualTo(("lt.lab.internal", "/var/lib/x/lt/ca.crt")));
    }

    [Test]
    public void The_real_lab_inventory_lists_every_topology_host_reached_in_its_instance()
    {
        var lab = Path.Combine(Support.RepositoryPaths.Root, "environments", "lab");

        var inventory = LabEnvironment.Load(lab, "lt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inventory.Hosts, Has.Count.EqualTo(14));
            Assert.That(inventory.Host("fw").Addresses, Has.Count.EqualTo(inventory.Segments.Count));
            Assert.That(inventory.Hosts.Select(h => h.Transport.Namespace), Is.All.StartsWith("lt-"));
            Assert.That(inventory.Host("gateway").Transport.MountNamespace, Is.EqualTo("/run/compliance-lab/lt/ns/gateway.mnt"));
            Assert.That(inventory.Expected.Get<Core.Inventory.Expected.TlsExpectation>().CaFile, Is.EqualTo("/var/lib/compliance-lab/lt/pki/ca.crt"));
        }
    }
}
