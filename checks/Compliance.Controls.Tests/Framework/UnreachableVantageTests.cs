using Compliance.Controls.Network;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Framework;

/// <summary>A terminal of the register that the inventory gives no host to probe from is a vantage lost, never a pass over fewer terminals.</summary>
public sealed class UnreachableVantageTests
{
    [Test]
    public async Task A_terminal_without_a_host_entry_leaves_the_dhcp_check_not_verified_and_named()
    {
        var env = new FakeEnvironment();
        env.Terminals.Add(new Terminal("SR-DEV-01", "dev", "02:5e:10:00:00:13", "198.18.10.13", null, "SR-DEV-01", "windows"));
        env.With(new DhcpExpectation { RoomSegment = "room", SeparateSegments = ["office"], ProbeVantages = ["infra-term"] });

        var result = await env.RunAsync(new DhcpGivesEachRegisteredTerminalExactlyItsAddress());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("SR-DEV-01").And.Contain("no host entry"));
    }

    [Test]
    public async Task A_terminal_without_a_host_entry_leaves_the_room_segment_check_not_verified_even_when_the_others_comply()
    {
        var env = new FakeEnvironment();
        env.Add("infra-term", "room", "198.18.10.11").On("ip", "198.18.10.11/24\nROUTE on-link\n");
        env.Terminals.Add(new Terminal("SR-INF-01", "infra", "02:5e:10:00:00:11", "198.18.10.11", "infra-term", "SR-INF-01", "windows"));
        env.Terminals.Add(new Terminal("SR-DEV-01", "dev", "02:5e:10:00:00:13", "198.18.10.13", null, "SR-DEV-01", "windows"));
        env.With(new DhcpExpectation { RoomSegment = "room", SeparateSegments = [], ProbeVantages = ["infra-term"] });

        var result = await env.RunAsync(new SecurityRoomIsItsOwnSegmentApartFromOffice());

        Assert.That(result.Outcome, Is.Not.EqualTo(Outcome.Passed), result.Message);
        Assert.That(result.Message, Does.Contain("SR-DEV-01").And.Contain("no host entry"));
    }
}
