using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

public sealed class TopologyRejectionTests
{
    private static readonly Type[] Sections = [typeof(SampleProxyExpectation)];

    [TestCase("[198.18.50.10, ", "[198.18.60.10, ", "7:47: hosts[2].addresses[0]: first address 198.18.60.10 is outside segment 'secure' (198.18.50.0/24)", TestName = "Topology address outside its segment")]
    [TestCase("segment: secure", "segment: lobby", "7:27: hosts[2].segment: unknown segment 'lobby' (segments: room, secure)", TestName = "Topology host in an unknown segment")]
    [TestCase("router: 198.18.50.1", "router: 198.18.10.1", "3:50: segments[1].router: router address 198.18.10.1 is outside the segment (198.18.50.0/24)", TestName = "Router address outside its segment")]
    [TestCase("name: ml01", "name: t1", "7:12: hosts[2].name: duplicate host name 't1'", TestName = "Duplicate topology host")]
    [TestCase("services: [sshd]", "services: [sshd], colour: red", "7:105: hosts[2].colour: unknown field (allowed: name, segment, addresses, mac, dhcp, router, services, roles)", TestName = "Unknown topology host field")]
    [TestCase("cidr: 198.18.50.0/24", "cidr: 10.0.50.0/24", "3:26: segments[1].cidr: lab segment 10.0.50.0/24 is outside 198.18.0.0/15", TestName = "Topology segment outside the test-bed range")]
    public void Bad_topology_is_rejected_with_its_file_position_and_field(string find, string replace, string expected)
    {
        Assert.That(TopologyEnvironment.ValidTopology, Does.Contain(find));
        using var env = new TopologyEnvironment(topology: TopologyEnvironment.ValidTopology.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections, "lt"));

        Assert.That(e.Message, Is.EqualTo($"{env.TopologyPath}:{expected}"));
    }

    [TestCase("{host}.uts", "{hostname}.uts", "5:124: topology.transport.uts_namespace: unknown placeholder {hostname} (known: {instance}, {host})", TestName = "Unknown placeholder in the transport")]
    [TestCase("kind: netns", "kind: ssh", "5:26: topology.transport.namespace: unknown field (allowed: kind, user, key_file, host_key, via, port, sudo)", TestName = "Transport of another kind")]
    [TestCase("\"/run/x/{instance}/{host}.mnt\"", "\"run/{host}.mnt\"", "5:77: topology.transport.mount_namespace: 'run/fw.mnt' is not an absolute path of a namespace file", TestName = "Relative namespace file")]
    [TestCase("file: topology.yaml", "file: missing.yaml", "4:9: topology.file: topology file DIR/missing.yaml not found", TestName = "Missing topology file")]
    [TestCase("kind: lab", "kind: production", "4:3: topology: only a lab environment takes its hosts from a topology", TestName = "Topology in a production inventory")]
    [TestCase("terminals:", "hosts: []\nterminals:", "6:1: hosts: the segments and hosts of this lab come from its topology; list them there", TestName = "Hosts listed beside the topology")]
    public void Bad_topology_section_is_rejected_with_the_inventory_position_and_field(string find, string replace, string expected)
    {
        Assert.That(TopologyEnvironment.ValidInventory, Does.Contain(find));
        using var env = new TopologyEnvironment(TopologyEnvironment.ValidInventory.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections, "lt"));

        Assert.That(e.Message, Is.EqualTo($"{env.InventoryPath}:{expected.Replace("DIR", env.Directory, StringComparison.Ordinal)}"));
    }

    [Test]
    public void An_instance_name_the_lab_would_refuse_is_bad_input()
    {
        using var env = new TopologyEnvironment();

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections, "Lab-1"));

        Assert.That(e.Message, Is.EqualTo($"{env.InventoryPath}:4:3: topology: lab instance 'Lab-1' (LAB_INSTANCE) must be 1-8 lowercase letters or digits starting with a letter"));
    }
}
