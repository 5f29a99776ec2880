using Compliance.Lab.Tests.Support;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Tests.Unit;

public class TopologyLoaderTests
{
    private const string Minimal = """
        segments:
          - {name: room, cidr: 198.18.10.0/24, router: 198.18.10.1}
        hosts:
          - {name: fw, router: true}
          - {name: t1, segment: room, addresses: [198.18.10.11]}
        """;

    [Test]
    public void The_lab_topology_loads_with_every_host_of_the_contract()
    {
        var topology = TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml"));

        Assert.That(topology.Hosts.Select(h => h.Name), Is.EquivalentTo(new[]
        {
            "fw", "infra-term", "data-term", "dev-term", "room-stray", "office-pc", "proxy", "dns", "ntp", "smtp", "radius", "gateway", "ml01", "inet",
        }));
        Assert.That(topology.Segments.Select(s => s.Cidr), Is.EquivalentTo(new[]
        {
            "198.18.10.0/24", "198.18.20.0/24", "198.18.30.0/24", "198.18.50.0/24", "198.19.0.0/24",
        }));
        Assert.That(topology.Host("ml01").Services, Does.Contain("jupyter-alice").And.Contain("nginx").And.Contain("clamd"));
    }

    [Test]
    public void A_minimal_topology_parses()
    {
        var topology = TopologyLoader.Parse(Minimal, "t.yaml");

        Assert.That(topology.Router.Name, Is.EqualTo("fw"));
        Assert.That(topology.Segment("room").PrefixLength, Is.EqualTo(24));
    }

    [Test]
    public void An_unknown_field_is_rejected_with_its_position()
    {
        var ex = Assert.Throws<TopologyException>(() => TopologyLoader.Parse(Minimal + "\n    colour: red\n", "t.yaml"));

        Assert.That(ex!.Message, Does.StartWith("t.yaml:"));
    }

    [Test]
    public void An_address_outside_its_segment_is_rejected()
    {
        var yaml = Minimal.Replace("198.18.10.11", "198.18.20.11", StringComparison.Ordinal);

        Assert.That(() => TopologyLoader.Parse(yaml, "t.yaml"), Throws.TypeOf<TopologyException>().With.Message.Contains("outside segment"));
    }

    [Test]
    public void A_host_in_an_unknown_segment_is_rejected()
    {
        var yaml = Minimal.Replace("segment: room", "segment: lobby", StringComparison.Ordinal);

        Assert.That(() => TopologyLoader.Parse(yaml, "t.yaml"), Throws.TypeOf<TopologyException>().With.Message.Contains("unknown segment"));
    }

    [Test]
    public void A_duplicate_host_is_rejected()
    {
        var yaml = Minimal + "\n  - {name: t1, segment: room, addresses: [198.18.10.12]}\n";

        Assert.That(() => TopologyLoader.Parse(yaml, "t.yaml"), Throws.TypeOf<TopologyException>().With.Message.Contains("duplicate host"));
    }

    [Test]
    public void A_host_name_too_long_for_an_interface_is_rejected()
    {
        var yaml = Minimal.Replace("name: t1", "name: a-very-long-host", StringComparison.Ordinal);

        Assert.That(() => TopologyLoader.Parse(yaml, "t.yaml"), Throws.TypeOf<TopologyException>().With.Message.Contains("too long"));
    }

    private const string WithIpv6 = """
        segments:
          - {name: room, cidr: 198.18.10.0/24, router: 198.18.10.1, cidr6: "fd5e:1ab0:c0de:10::/64", router6: "fd5e:1ab0:c0de:10::1"}
        hosts:
          - {name: fw, router: true}
          - {name: t1, segment: room, addresses: [198.18.10.11]}
        """;

    [Test]
    public void Every_lab_host_but_the_router_gets_an_IPv6_address_in_its_segment()
    {
        var topology = TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(topology.Addresses6(topology.Host("dns")), Is.EqualTo(new[] { "fd5e:1ab0:c0de:30::11" }));
            Assert.That(topology.Addresses6(topology.Host("inet")), Has.Count.EqualTo(4).And.Contains("fd5e:1ab0:c0de:19::100"));
            Assert.That(topology.Addresses6(topology.Router), Is.Empty);
            Assert.That(topology.Segments.Select(s => s.Router6), Has.All.StartWith("fd5e:1ab0:c0de:"));
        }
    }

    [TestCase("fd5e:1ab0:c0df:10::/64", "fd5e:1ab0:c0df:10::1", "outside fd5e:1ab0:c0de::/48")]
    [TestCase("fd5e:1ab0:c0de:10::/56", "fd5e:1ab0:c0de:10::1", "not a /64")]
    [TestCase("fd5e:1ab0:c0de:10::/64", "fd5e:1ab0:c0de:11::1", "is not in")]
    [TestCase("fd5e:1ab0:c0de:10::/64", "fd5e:1ab0:c0de:10::11", "used twice")]
    public void A_bad_IPv6_plan_is_rejected(string cidr6, string router6, string message)
    {
        var yaml = WithIpv6.Replace("\"fd5e:1ab0:c0de:10::/64\", router6: \"fd5e:1ab0:c0de:10::1\"", $"\"{cidr6}\", router6: \"{router6}\"", StringComparison.Ordinal);

        Assert.That(() => TopologyLoader.Parse(yaml, "t.yaml"), Throws.TypeOf<TopologyException>().With.Message.Contains(message));
    }

    [Test]
    public void The_plan_gives_links_and_bridges_their_IPv6_addresses_and_routers()
    {
        var plan = Compliance.Lab.Planning.PlanBuilder.Build(TopologyLoader.Parse(WithIpv6, "t.yaml"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Resources.Single(r => r.Id == "link-t1").Create,
                Is.EqualTo("bash scripts/link.sh create t1 room - 198.18.10.1 fd5e:1ab0:c0de:10::1 198.18.10.11/24 fd5e:1ab0:c0de:10::11/64"));
            Assert.That(plan.Resources.Single(r => r.Id == "network").Create,
                Is.EqualTo("bash scripts/fw-net.sh create room=198.18.10.1/24,fd5e:1ab0:c0de:10::1/64"));
        }
    }
}
