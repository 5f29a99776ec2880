using System.Net;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Tests.Network;

/// <summary>The run's draw: a fixed seed replays it, a fresh one differs, and it never names a listed address or one of the environment's own segments.</summary>
public sealed class EgressSampleDrawTests
{
    private static readonly OutsideSample Sample = new()
    {
        Blocks = ["198.19.0.0/16"], Addresses = 250, Controls = [new SinkControl { From = "proxy", Proto = "tcp", Ports = "80,443" }],
    };

    [Test]
    public void A_fixed_seed_replays_the_same_addresses()
    {
        var fixedSample = Sample with { Seed = 1234 };
        var first = EgressSample.Draw(Inventory(), Egress(), fixedSample);
        var replay = EgressSample.Draw(Inventory(), Egress(), fixedSample);
        Assert.That((first.Seed, replay.Addresses), Is.EqualTo((1234, first.Addresses)));
    }

    [Test]
    public void Without_a_seed_every_draw_takes_a_fresh_one_and_records_it()
    {
        var first = EgressSample.Draw(Inventory(), Egress(), Sample);
        var second = EgressSample.Draw(Inventory(), Egress(), Sample);
        Assert.That(second.Addresses, Is.Not.EqualTo(first.Addresses));
        Assert.That(EgressSample.Draw(Inventory(), Egress(), Sample with { Seed = first.Seed }).Addresses, Is.EqualTo(first.Addresses), "the recorded seed replays the draw");
    }

    [Test]
    public void The_draw_never_names_a_listed_address_nor_one_of_the_environments_segments()
    {
        var inet = IPNetwork.Parse("198.19.0.0/24");
        var drawn = Enumerable.Range(1, 20).SelectMany(seed => EgressSample.Draw(Inventory(), Egress(), Sample with { Seed = seed }).Addresses).Select(IPAddress.Parse).ToList();
        Assert.That(drawn.Any(inet.Contains), Is.False);
        Assert.That(drawn, Has.Count.EqualTo(5000).And.All.Matches<IPAddress>(a => a is not null && IPNetwork.Parse("198.19.0.0/16").Contains(a)));
    }

    [Test]
    public void The_most_common_ports_resolve_to_the_shipped_lists()
    {
        var drawn = EgressSample.Draw(Inventory(), Egress(), Sample with { Seed = 1 });
        Assert.That((drawn.TcpPorts.Split(',').Length, drawn.UdpPorts.Split(',').Length), Is.EqualTo((1000, 100)));
        Assert.That(drawn.Describe("tcp"), Is.EqualTo("the 1000 most common TCP ports"));
        Assert.That(CommonPorts.Tcp, Is.Ordered.And.Unique.And.All.InRange(1, 65535));
        Assert.That(CommonPorts.Udp, Has.Member(53).And.Member(123));
    }

    private static EgressExpectation Egress() => new()
    {
        Sink = "198.19.0.100", OutsideAddresses = ["198.19.0.100"], SinkHost = "inet", SinkControls = [], OutsideResolver = "198.19.0.53", ExternalName = "x",
        InternalResolver = "198.18.30.11", InternalName = "y", SecureVantages = [], IsolatedTerminals = [], ProxyOnlyTerminals = [], OutsideSample = Sample,
    };

    private static EnvironmentInventory Inventory() =>
        new("fake", EnvironmentKind.Lab, "/nonexistent", [new Segment("inet", "198.19.0.0/24", "")], [], [], [], new ExpectedState(new Dictionary<Type, object>()));
}
