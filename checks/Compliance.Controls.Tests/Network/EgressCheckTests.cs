using Compliance.Controls.Framework;
using Compliance.Controls.Network;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Network;

/// <summary>The exhaustive TCP egress check on a scripted network: red on an open port, green when all drop, never green without its controls.</summary>
public sealed class EgressCheckTests
{
    private const string Dropped = "counts timedout=65535\ntotal 65535 elapsed 4.0 window 19000 timeout 1.00\n";

    [Test]
    public async Task All_ports_dropped_with_live_controls_passes() =>
        Assert.That((await RunAsync(sinkScan: Dropped)).Outcome, Is.EqualTo(Outcome.Passed));

    [Test]
    public async Task One_connected_port_fails_and_names_it()
    {
        var result = await RunAsync(sinkScan: "connected 40123\ncounts connected=1 timedout=65534\ntotal 65535 elapsed 4.0\n");
        Assert.That((result.Outcome, result.Message.Contains("40123", StringComparison.Ordinal)), Is.EqualTo((Outcome.Failed, true)));
    }

    [Test]
    public async Task Dead_sink_is_not_verified_even_when_everything_drops() =>
        Assert.That((await RunAsync(sinkScan: Dropped, sinkAlive: false)).Outcome, Is.EqualTo(Outcome.NotVerified));

    [Test]
    public async Task Vantage_that_cannot_reach_its_allowed_proxy_is_not_verified() =>
        Assert.That((await RunAsync(sinkScan: Dropped, proxyReachable: false)).Outcome, Is.EqualTo(Outcome.NotVerified));

    [Test]
    public async Task Resets_from_the_far_side_are_not_taken_for_a_block() =>
        Assert.That((await RunAsync(sinkScan: "refused 1-65535\ncounts refused=65535\ntotal 65535 elapsed 2.0\n")).Outcome, Is.EqualTo(Outcome.NotVerified));

    [Test]
    public async Task Truncated_scan_output_is_not_verified() =>
        Assert.That((await RunAsync(sinkScan: "counts timedout=100\ntotal 65535\n")).Outcome, Is.EqualTo(Outcome.NotVerified));

    [Test]
    public async Task A_direct_path_to_an_allowlisted_site_fails_even_when_the_sink_drops_everything()
    {
        var result = await RunAsync(sinkScan: Dropped, siteScan: "connected 443\ncounts connected=1 timedout=65534\ntotal 65535 elapsed 4.0\n");
        Assert.That((result.Outcome, result.Message), Is.EqualTo((Outcome.Failed, "ml01 connected to 198.19.0.10 on TCP 443")));
    }

    [Test]
    public async Task An_open_port_on_one_address_fails_even_when_another_address_could_not_be_probed()
    {
        var result = await RunAsync(sinkScan: "counts timedout=100\ntotal 65535\n", siteScan: "connected 443\ncounts connected=1 timedout=65534\ntotal 65535 elapsed 4.0\n");
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.StartWith("ml01 connected to 198.19.0.10 on TCP 443; could not verify: ml01 -> 198.19.0.100"));
    }

    private static Task<Compliance.Core.Results.CheckResult> RunAsync(string sinkScan, bool sinkAlive = true, bool proxyReachable = true, string siteScan = Dropped)
    {
        var network = new FakeNetwork((host, args) => (host, args[0] == "bash" ? "-c" : args.Count > 2 ? args[2] : args[0]) switch
        {
            (_, "-c") => "alive router 198.18.50.1 answers ARP (REACHABLE)",
            ("proxy", "ss") => "tcp LISTEN 0 128 198.18.30.10:3128 0.0.0.0:* users:((\"squid\",pid=1,fd=1))\n",
            ("proxy", "198.19.0.100") => sinkAlive ? "connected 80,443\ncounts connected=2\ntotal 2\n" : "refused 80,443\ncounts refused=2\ntotal 2\n",
            ("ml01", "198.18.30.10") => proxyReachable ? "connected 3128\ncounts connected=1\ntotal 1\n" : "counts timedout=1\ntotal 1\n",
            ("ml01", "198.19.0.100") => sinkScan,
            ("ml01", "198.19.0.10") => siteScan,
            var other => throw new InvalidOperationException($"unscripted {other}"),
        });
        return new SecureZoneReachesNoInternetTcpPort().RunAsync(new CheckContext(Inventory(), network, TimeProvider.System));
    }

    private static EnvironmentInventory Inventory()
    {
        var netns = new TransportSettings("netns");
        HostEntry[] hosts =
        [
            new("ml01", "secure", ["198.18.50.10"], [], netns),
            new("proxy", "dmz", ["198.18.30.10"], [], netns),
            new("inet", "inet", ["198.19.0.100"], [], netns),
        ];
        var expected = new ExpectedState(new Dictionary<Type, object>
        {
            [typeof(FlowsExpectation)] = new FlowsExpectation
            {
                Vantages = ["ml01"],
                Allowed = [new FlowRule { From = ["secure"], To = ["proxy"], Proto = "tcp", Ports = "3128" }],
            },
            [typeof(EgressExpectation)] = new EgressExpectation
            {
                Sink = "198.19.0.100", OutsideAddresses = ["198.19.0.100", "198.19.0.10"], SinkHost = "inet", SinkControls = [new SinkControl { From = "proxy", Proto = "tcp", Ports = "80,443" }],
                OutsideResolver = "198.19.0.53", ExternalName = "pypi.example", InternalResolver = "198.18.30.11", InternalName = "ml01.lab.internal",
                SecureVantages = ["ml01"], IsolatedTerminals = [], ProxyOnlyTerminals = [],
            },
        });
        return new EnvironmentInventory("fake", EnvironmentKind.Lab, "/nonexistent", [new Segment("secure", "198.18.50.0/24", ""), new Segment("dmz", "198.18.30.0/24", ""), new Segment("inet", "198.19.0.0/24", "")], hosts, [], [], expected);
    }
}
