using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Core.Tests.Inventory;

/// <summary>The egress sample section is bound and validated at load: a bad block, count, port list or control is refused with its position.</summary>
public sealed class OutsideSampleTests
{
    private static readonly string Valid = """
        outside_sample:
          blocks: [198.19.0.0/16, 198.19.0.0/24]
          addresses: 250
          tcp_ports: most_common
          udp_ports: "53,123,500-510"
          controls:
            - {from: proxy, proto: tcp, ports: "80,443"}
            - {from: inet, proto: udp, ports: "9"}

        """;

    private static readonly Type[] Sections = [typeof(SampleSampledEgress)];

    [Test]
    public void Valid_sample_is_bound_with_its_blocks_ports_and_controls()
    {
        using var env = new TempEnvironment().WithExpected("egress", Valid);

        var sample = InventoryLoader.Load(env.Directory, Sections).Expected.Get<SampleSampledEgress>().OutsideSample!;

        Assert.Multiple(() =>
        {
            Assert.That(sample.Networks.Select(n => n.ToString()), Is.EqualTo(new[] { "198.19.0.0/16", "198.19.0.0/24" }));
            Assert.That(sample.Addresses, Is.EqualTo(250));
            Assert.That(sample.TcpPorts, Is.EqualTo(OutsideSample.MostCommon));
            Assert.That(sample.UdpPorts, Is.EqualTo("53,123,500-510"));
            Assert.That(sample.Seed, Is.Null);
            Assert.That(sample.Controls.Select(c => $"{c.From}/{c.Proto}/{c.Ports}"), Is.EqualTo(new[] { "proxy/tcp/80,443", "inet/udp/9" }));
        });
    }

    [Test]
    public void Omitted_sample_binds_as_none()
    {
        using var env = new TempEnvironment().WithExpected("egress", "{}\n");

        Assert.That(InventoryLoader.Load(env.Directory, Sections).Expected.Get<SampleSampledEgress>().OutsideSample, Is.Null);
    }

    [TestCase("198.19.0.0/16, 198.19.0.0/24", "198.19.0.0/16, 198.19.0.300/24", "2:27: outside_sample.blocks[1]: '198.19.0.300/24' is not a block (network/prefix, such as 198.19.0.0/16)", TestName = "Block that is no network")]
    [TestCase("198.19.0.0/16, 198.19.0.0/24", "198.19.0.7", "2:12: outside_sample.blocks[0]: '198.19.0.7' is not a block (network/prefix, such as 198.19.0.0/16)", TestName = "Address where a block belongs")]
    [TestCase("[198.19.0.0/16, 198.19.0.0/24]", "[]", "2:11: outside_sample.blocks: must list at least one block", TestName = "No block")]
    [TestCase("addresses: 250", "addresses: 0", "3:14: outside_sample.addresses: must be between 1 and half the addresses of the blocks (32896), found 0", TestName = "No address to draw")]
    [TestCase("addresses: 250", "addresses: 40000", "3:14: outside_sample.addresses: must be between 1 and half the addresses of the blocks (32896), found 40000", TestName = "More addresses than the blocks hold")]
    [TestCase("addresses: 250", "addresses: many", "3:14: outside_sample.addresses: 'many' is not a number (Int32)", TestName = "Count that is no number")]
    [TestCase("tcp_ports: most_common", "tcp_ports: top_1000", "4:14: outside_sample.tcp_ports: must be most_common or a port list such as 22,80-90: 'top_1000' is not a port or a range of ports (1-65535)", TestName = "Unknown port list name")]
    [TestCase("\"53,123,500-510\"", "\"53,70000\"", "5:14: outside_sample.udp_ports: must be most_common or a port list such as 22,80-90: '70000' is not a port or a range of ports (1-65535)", TestName = "Port out of range")]
    [TestCase("\"53,123,500-510\"", "\"510-500\"", "5:14: outside_sample.udp_ports: must be most_common or a port list such as 22,80-90: '510-500' is not a port or a range of ports (1-65535)", TestName = "Reversed port range")]
    [TestCase("proto: udp", "proto: icmp", "8:7: outside_sample.controls[1]: proto must be tcp or udp, found 'icmp'", TestName = "Control of an unknown protocol")]
    [TestCase("{from: inet, proto: udp, ports: \"9\"}", "{from: inet, proto: udp, address: 198.19.0.100, ports: \"9\"}", "8:7: outside_sample.controls[1]: takes no address: it probes every drawn address", TestName = "Control naming an address")]
    [TestCase("ports: \"80,443\"", "ports: \"http\"", "7:7: outside_sample.controls[0]: ports: 'http' is not a port or a range of ports (1-65535)", TestName = "Control port list that is no port")]
    [TestCase("  controls:\n    - {from: proxy, proto: tcp, ports: \"80,443\"}\n    - {from: inet, proto: udp, ports: \"9\"}\n", "  controls: []\n", "6:13: outside_sample.controls: must list at least one positive control: silence from unproven addresses proves nothing", TestName = "No positive control")]
    [TestCase("  addresses: 250\n", "", "2:3: outside_sample.addresses: missing required field", TestName = "Missing count")]
    public void Bad_sample_is_refused_with_position_and_field(string find, string replace, string expected)
    {
        Assert.That(Valid, Does.Contain(find));
        using var env = new TempEnvironment().WithExpected("egress", Valid.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections));

        Assert.That(e.Message, Is.EqualTo($"{env.Expected("egress")}:{expected}"));
    }
}
