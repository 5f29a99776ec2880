using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

public sealed class TopologyIpv6Tests
{
    private static readonly Type[] Sections = [typeof(SampleProxyExpectation), typeof(SampleSudoExpectation)];

    private static readonly string Topology = """
        segments:
          - {name: room, cidr: 198.18.10.0/24, router: 198.18.10.1, cidr6: "fd5e:1ab0:c0de:10::/64", router6: "fd5e:1ab0:c0de:10::1"}
          - {name: secure, cidr: 198.18.50.0/24, router: 198.18.50.1, cidr6: "fd5e:1ab0:c0de:50::/64", router6: "fd5e:1ab0:c0de:50::1"}
        hosts:
          - {name: fw, router: true}
          - {name: t1, segment: room, addresses: [198.18.10.11], mac: "02:5e:10:00:00:11", dhcp: true, roles: [terminal]}
          - {name: ml01, segment: secure, addresses: [198.18.50.10, 198.18.50.100]}
        """;

    [Test]
    public void Each_host_gets_the_segment_prefix_and_the_last_octet_of_each_IPv4_address()
    {
        using var env = new TopologyEnvironment(topology: Topology);

        var inventory = InventoryLoader.Load(env.Directory, Sections, "lt");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inventory.Host("ml01").Addresses6, Is.EqualTo(new[] { "fd5e:1ab0:c0de:50::10", "fd5e:1ab0:c0de:50::100" }));
            Assert.That(inventory.Host("t1").AllAddresses, Is.EqualTo(new[] { "198.18.10.11", "fd5e:1ab0:c0de:10::11" }));
            Assert.That(inventory.Host("fw").Addresses6, Is.EqualTo(new[] { "fd5e:1ab0:c0de:10::1", "fd5e:1ab0:c0de:50::1" }));
        }
    }

    [Test]
    public void A_segment_without_cidr6_gives_no_IPv6_address()
    {
        using var env = new TopologyEnvironment();

        Assert.That(InventoryLoader.Load(env.Directory, Sections, "lt").Host("t1").Addresses6, Is.Empty);
    }

    [TestCase("fd5e:1ab0:c0df:10::/64", "fd5e:1ab0:c0df:10::1")]
    [TestCase("fd5e:1ab0:c0de:10::/56", "fd5e:1ab0:c0de:10::1")]
    [TestCase("fd5e:1ab0:c0de:10::/64", "fd5e:1ab0:c0de:11::1")]
    public void An_IPv6_prefix_outside_the_lab_range_or_not_a_64_or_a_router_outside_it_is_bad_input(string cidr6, string router6)
    {
        using var env = new TopologyEnvironment(topology: Topology.Replace("\"fd5e:1ab0:c0de:10::/64\", router6: \"fd5e:1ab0:c0de:10::1\"", $"\"{cidr6}\", router6: \"{router6}\"", StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections, "lt"));

        Assert.That(e.Message, Does.StartWith($"{env.TopologyPath}:2:"));
    }
}
