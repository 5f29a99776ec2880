using Compliance.Controls.Framework;
using Compliance.Controls.Network;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Network;

/// <summary>The TCP egress check with an outside sample on a scripted network: the drawn addresses are probed in one scan per vantage, an open port among them fails, and silence counts only when the sample's controls answer.</summary>
public sealed class EgressSampleCheckTests
{
    private const string Dropped = "counts timedout=65535\ntotal 65535 elapsed 4.0 window 19000 timeout 1.00\n";
    private static readonly OutsideSample Sample = new()
    {
        Blocks = ["198.19.0.0/16"], Addresses = 3, TcpPorts = "22,443", Seed = 7,
        Controls = [new SinkControl { From = "proxy", Proto = "tcp", Ports = "80,443" }],
    };

    private static readonly IReadOnlyList<string> Drawn = EgressSample.Draw(Inventory(), Egress(), Sample).Addresses;

    [Test]
    public async Task Drawn_addresses_that_all_drop_pass_and_the_message_names_the_seed()
    {
        var result = await RunAsync(_ => "counts timedout=2\ntotal 2\n");
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        Assert.That(result.Message, Does.Contain("22,443 of 3 outside addresses drawn with seed 7"));
        Assert.That(result.Evidence.Any(e => e.Observed == string.Join(' ', Drawn)), Is.True, "the drawn addresses are in the evidence");
    }

    [Test]
    public async Task An_open_port_on_a_drawn_address_fails_naming_vantage_address_and_port()
    {
        var result = await RunAsync(a => a == Drawn[1] ? "connected 443\ncounts connected=1 timedout=1\ntotal 2\n" : "counts timedout=2\ntotal 2\n");
        Assert.That((result.Outcome, result.Message), Is.EqualTo((Outcome.Failed, $"ml01 connected to TCP 443 of 1 drawn address: {Drawn[1]}")));
    }

    [Test]
    public async Task Open_ports_on_many_drawn_addresses_are_told_by_port_with_every_address_in_the_evidence()
    {
        var result = await RunAsync(a => a == Drawn[2] ? "connected 22\ncounts connected=1 timedout=1\ntotal 2\n" : "connected 443\ncounts connected=1 timedout=1\ntotal 2\n");
        Assert.That(result.Message, Is.EqualTo($"ml01 connected to TCP 443 of 2 drawn addresses: {Drawn[0]}, {Drawn[1]}; ml01 connected to TCP 22 of 1 drawn address: {Drawn[2]}"));
        Assert.That(result.Evidence.Any(e => Drawn.All(a => e.Observed.Contains($"ml01 connected to {a} on TCP", StringComparison.Ordinal))), Is.True);
    }

    [Test]
    public async Task A_drawn_address_stopped_on_the_vantage_itself_is_not_verified()
    {
        var result = await RunAsync(a => a == Drawn[2] ? "local-timedout 22,443\ncounts local-timedout=2\ntotal 2\n" : "counts timedout=2\ntotal 2\n");
        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain($"ml01 -> {Drawn[2]}"));
    }

    [Test]
    public async Task A_violation_in_the_sample_fails_even_when_a_listed_address_could_not_be_probed()
    {
        var result = await RunAsync(a => a == Drawn[0] ? "connected 22\ncounts connected=1 timedout=1\ntotal 2\n" : "counts timedout=2\ntotal 2\n", listed: "counts timedout=100\ntotal 65535\n");
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.StartWith($"ml01 connected to TCP 22 of 1 drawn address: {Drawn[0]}; could not verify: ml01 -> 198.19.0.100"));
    }

    [Test]
    public async Task Silence_from_drawn_addresses_whose_control_fails_is_not_verified()
    {
        var result = await RunAsync(_ => "counts timedout=2\ntotal 2\n", controlAnswers: false);
        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("do not answer tcp 80,443 from proxy"));
    }

    [Test]
    public async Task A_scan_that_omits_a_drawn_address_is_not_verified() =>
        Assert.That((await RunAsync(a => a == Drawn[1] ? null : "counts timedout=2\ntotal 2\n")).Outcome, Is.EqualTo(Outcome.NotVerified));

    private static Task<Compliance.Core.Results.CheckResult> RunAsync(Func<string, string?> section, string listed = Dropped, bool controlAnswers = true)
    {
        var network = new FakeNetwork((host, args) => (host, args[0] == "bash" ? "-c" : args.Count > 2 ? args[2] : args[0]) switch
        {
            (_, "-c") => "alive router 198.18.50.1 answers ARP (REACHABLE)",
            ("proxy", "ss") => "tcp LISTEN 0 128 198.18.30.10:3128 0.0.0.0:* users:((\"squid\",pid=1,fd=1))\n",
            ("proxy", "198.19.0.100") => "connected 80,443\ncounts connected=2\ntotal 2\n",
            ("proxy", var targets) when targets.Contains(',', StringComparison.Ordinal) =>
                Output(targets, _ => controlAnswers ? "connected 80,443\ncounts connected=2\ntotal 2\n" : "counts timedout=2\ntotal 2\n"),
            ("ml01", "198.18.30.10") => "connected 3128\ncounts connected=1\ntotal 1\n",
            ("ml01", "198.19.0.100" or "198.19.0.10") => listed,
            ("ml01", var targets) when targets.Contains(',', StringComparison.Ordinal) => Output(targets, section),
            var other => throw new InvalidOperationException($"unscripted {other}"),
        });
        return new SecureZoneReachesNoInternetTcpPort().RunAsync(new CheckContext(Inventory(), network, TimeProvider.System));
    }

    private static string Output(string targets, Func<string, string?> section) =>
        string.Concat(targets.Split(',').Select(t => section(t) is { } s ? $"target {t}\n{s}" : "")) + "elapsed 0.5 targets 3\ninterface_drops 0\nwire seen 6\n";

    private static EgressExpectation Egress() => new()
    {
        Sink = "198.19.0.100", OutsideAddresses = ["198.19.0.100", "198.19.0.10"], SinkHost = "inet", SinkControls = [new SinkControl { From = "proxy", Proto = "tcp", Ports = "80,443" }],
        OutsideResolver = "198.19.0.53", ExternalName = "pypi.example", InternalResolver = "198.18.30.11", InternalName = "ml01.lab.internal",
        SecureVantages = ["ml01"], IsolatedTerminals = [], ProxyOnlyTerminals = [], OutsideSample = Sample,
    };

    private static EnvironmentInventory Inventory()
    {
        var netns = new TransportSettings("netns");
        HostEntry[] hosts = [new("ml01", "secure", ["198.18.50.10"], [], netns), new("proxy", "dmz", ["198.18.30.10"], [], netns), new("inet", "inet", ["198.19.0.100"], [], netns)];
        var expected = new ExpectedState(new Dictionary<Type, object>
        {
            [typeof(FlowsExpectation)] = new FlowsExpectation
            {
                Vantages = ["ml01"],
                Allowed = [new FlowRule { From = ["secure"], To = ["proxy"], Proto = "tcp", Ports = "3128" }],
            },
            [typeof(EgressExpectation)] = Egress(),
        });
        return new EnvironmentInventory("fake", EnvironmentKind.Lab, "/nonexistent", [new Segment("secure", "198.18.50.0/24", ""), new Segment("dmz", "198.18.30.0/24", ""), new Segment("inet", "198.19.0.0/24", "")], hosts, [], [], expected);
    }
}
