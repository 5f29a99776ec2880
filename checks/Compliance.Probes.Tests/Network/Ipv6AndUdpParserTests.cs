using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

public class Ipv6AndUdpParserTests
{
    private const string IpJson = """
        [{"ifindex":1,"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host"},{"family":"inet6","local":"::1","prefixlen":128,"scope":"host"}]},
         {"ifindex":2,"ifname":"eth0","addr_info":[{"family":"inet","local":"198.18.50.10","prefixlen":24,"scope":"global"},
           {"family":"inet6","local":"fd5e:1ab0:c0de:50:0::10","prefixlen":64,"scope":"global"},
           {"family":"inet6","local":"fd5e:1ab0:c0de:50:5eed::1","prefixlen":64,"scope":"global","dynamic":true},
           {"family":"inet6","local":"fe80::1","prefixlen":64,"scope":"link"}]},
         {"ifindex":3,"ifname":"dummy0"}]
        """;

    [Test]
    public void Global_addresses_of_both_families_are_kept_and_loopback_and_link_local_left_out()
    {
        var addresses = HostAddressReader.Parse(IpJson);

        Assert.That(addresses, Is.EqualTo(new[]
        {
            new HostAddress("eth0", "198.18.50.10", 24),
            new HostAddress("eth0", "fd5e:1ab0:c0de:50::10", 64),
            new HostAddress("eth0", "fd5e:1ab0:c0de:50:5eed::1", 64),
        }));
    }

    [Test]
    public void Output_that_is_not_ip_json_is_a_probe_failure()
    {
        Assert.Throws<ProbeException>(() => HostAddressReader.Parse("Device \"eth0\" does not exist."));
    }

    [Test]
    public void An_address_knows_its_family_and_which_peers_share_its_link()
    {
        var address = new HostAddress("br-room", "198.18.10.1", 24);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(address.OnLink("198.18.10.11"), Is.True);
            Assert.That(address.OnLink("198.18.20.10"), Is.False);
            Assert.That(new HostAddress("eth0", "fd5e:1ab0:c0de:10::1", 64).OnLink("fd5e:1ab0:c0de:10::11"), Is.True);
            Assert.That(HostAddress.FamilyOf("fd5e:1ab0:c0de:10::1"), Is.EqualTo("IPv6"));
            Assert.That(HostAddress.FamilyOf("198.18.10.1"), Is.EqualTo("IPv4"));
        }
    }

    [Test]
    public void Sockets_of_both_families_wildcards_mapped_and_interface_bound_ones_parse()
    {
        var sockets = ListeningSocketReader.Parse(
            "udp UNCONN 0 0 0.0.0.0%br-room:67 0.0.0.0:* users:((\"dnsmasq\",pid=1,fd=4))\n" +
            "tcp LISTEN 0 128 [fd5e:1ab0:c0de:50::10]:22 [::]:* users:((\"sshd\",pid=3,fd=3))\n" +
            "tcp LISTEN 0 128 *:8080 *:* users:((\"python3\",pid=5,fd=3))\n" +
            "tcp LISTEN 0 128 [::]:9090 [::]:* users:((\"python3\",pid=6,fd=3))\n" +
            "tcp LISTEN 0 128 [::ffff:198.18.50.10]:7070 [::]:* users:((\"java\",pid=7,fd=3))\n" +
            "udp UNCONN 0 0 [fe80::1]%eth0:546 [::]:* users:((\"dhclient\",pid=8,fd=3))\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sockets[0], Is.EqualTo(new ListeningSocket("udp", "0.0.0.0", 67, "dnsmasq", 0, "br-room")));
            Assert.That(sockets[1].ServesAddress("fd5e:1ab0:c0de:50::10") && !sockets[1].ServesAddress("198.18.50.10"), Is.True);
            Assert.That(sockets[2].ServesAddress("198.18.50.10") && sockets[2].ServesAddress("fd5e:1ab0:c0de:50::10"), Is.True, "* is dual-stack");
            Assert.That(!sockets[3].ServesAddress("198.18.50.10") && sockets[3].ServesAddress("fd5e:1ab0:c0de:50::10"), Is.True, "[::] is IPv6 only");
            Assert.That(sockets[4].ServesAddress("198.18.50.10"), Is.True, "v4-mapped");
            Assert.That(sockets[5], Is.EqualTo(new ListeningSocket("udp", "fe80::1", 546, "dhclient", 0, "eth0")));
            Assert.That(sockets[0].ServesAddress("198.18.10.1") && !sockets[0].ServesAddress("fd5e:1ab0:c0de:10::1"), Is.True);
        }
    }

    [Test]
    public void The_witness_reports_each_arrival_once_with_canonical_addresses()
    {
        var arrived = UdpWitness.Parse("arrived fd5e:1ab0:c0de:50:0:0:0:10 514\narrived 198.18.50.10 514\nnoise\n");

        Assert.That(arrived, Is.EquivalentTo(new[] { ("fd5e:1ab0:c0de:50::10", 514), ("198.18.50.10", 514) }));
    }
}
