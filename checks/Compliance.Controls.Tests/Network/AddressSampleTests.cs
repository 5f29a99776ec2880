using System.Net;
using Compliance.Controls.Network.Support;

namespace Compliance.Controls.Tests.Network;

/// <summary>The egress address sample: replayable by seed, inside its blocks, distinct, never a listed address.</summary>
public sealed class AddressSampleTests
{
    private static readonly IPNetwork[] Block = [IPNetwork.Parse("198.19.0.0/16")];
    private static readonly HashSet<IPAddress> Listed = [IPAddress.Parse("198.19.0.10"), IPAddress.Parse("198.19.0.100")];

    [Test]
    public void Same_seed_draws_the_same_addresses()
    {
        var first = AddressSample.Draw(Block, 250, 42, Listed);
        var replay = AddressSample.Draw(Block, 250, 42, Listed);
        Assert.That(replay, Is.EqualTo(first));
    }

    [Test]
    public void Another_seed_draws_other_addresses()
    {
        var first = AddressSample.Draw(Block, 250, 42, Listed);
        var other = AddressSample.Draw(Block, 250, 43, Listed);
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void Draws_distinct_addresses_inside_the_block_and_none_listed()
    {
        var drawn = AddressSample.Draw(Block, 250, 7, Listed);
        Assert.That(
            (drawn.Count, drawn.Distinct().Count(), drawn.All(Block[0].Contains), drawn.Any(Listed.Contains), drawn.Any(a => a.GetAddressBytes()[3] is 0 or 255)),
            Is.EqualTo((250, 250, true, false, false)));
    }

    [Test]
    public void Ipv6_block_draws_inside_the_block()
    {
        var block = IPNetwork.Parse("fd5e:1ab0:c0de:ff::/64");
        Assert.That(AddressSample.Draw([block], 50, 1, new HashSet<IPAddress>()).All(block.Contains), Is.True);
    }

    [Test]
    public void Refuses_more_addresses_than_the_block_holds_distinctly() =>
        Assert.That(() => AddressSample.Draw([IPNetwork.Parse("198.19.0.0/28")], 100, 1, new HashSet<IPAddress>()), Throws.ArgumentException);
}
