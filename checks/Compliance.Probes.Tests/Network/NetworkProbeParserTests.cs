using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

public sealed class NetworkProbeParserTests
{
    [TestCase("answer 198.19.0.80 198.19.0.81", DnsOutcome.Answer)]
    [TestCase("noanswer", DnsOutcome.NoAnswer)]
    [TestCase("nxdomain", DnsOutcome.NxDomain)]
    [TestCase("refused", DnsOutcome.Refused)]
    [TestCase("servfail rcode=2", DnsOutcome.ServFail)]
    [TestCase("refused-port", DnsOutcome.PortRefused)]
    [TestCase("timeout", DnsOutcome.TimedOut)]
    [TestCase("unreachable", DnsOutcome.Unreachable)]
    [TestCase("local-EPERM", DnsOutcome.BlockedOnVantage)]
    [TestCase("local-timeout", DnsOutcome.BlockedOnVantage)]
    [TestCase("local-unreachable", DnsOutcome.BlockedOnVantage)]
    [TestCase("unwatched-timeout", DnsOutcome.Unattributed)]
    [TestCase("error malformed", DnsOutcome.Error)]
    [TestCase("", DnsOutcome.Error)]
    public void Dns_outcome_is_decided_from_the_probe_line(string line, DnsOutcome expected) =>
        Assert.That(DnsProbe.Parse("198.19.0.53", "pypi.example", "udp", line + "\n").Outcome, Is.EqualTo(expected));

    [Test]
    public void Dns_answer_keeps_its_addresses_and_counts_as_reaching_the_server()
    {
        var answer = DnsProbe.Parse("198.19.0.53", "pypi.example", "tcp", "answer 198.19.0.80\n");
        Assert.That((answer.Resolved, answer.ReachedServer, answer.Blocked, answer.Addresses.Single()), Is.EqualTo((true, true, false, "198.19.0.80")));
    }

    [TestCase("timeout", true, false)]
    [TestCase("unreachable", true, false)]
    [TestCase("local-EPERM", false, false)]
    [TestCase("local-timeout", false, false)]
    [TestCase("unwatched-timeout", false, false)]
    [TestCase("refused-port", false, true)]
    [TestCase("error malformed", false, false)]
    public void Dns_blocked_and_reached_are_exclusive_and_errors_are_neither(string line, bool blocked, bool reached)
    {
        var answer = DnsProbe.Parse("s", "n", "udp", line);
        Assert.That((answer.Blocked, answer.ReachedServer), Is.EqualTo((blocked, reached)));
    }

    [TestCase("alive router 198.18.50.1 answers ARP (REACHABLE)", VantageLinkState.Alive, "198.18.50.1")]
    [TestCase("no-default-route", VantageLinkState.NoDefaultRoute, null)]
    [TestCase("router-silent 198.18.50.1 FAILED", VantageLinkState.RouterSilent, "198.18.50.1")]
    [TestCase("", VantageLinkState.Unknown, null)]
    public void Vantage_link_state_and_router_come_from_the_probe_line(string line, VantageLinkState state, string? router)
    {
        var link = VantageLinkProbe.Parse(line + "\n");
        Assert.That((link.State, link.Router, link.Alive), Is.EqualTo((state, router, state == VantageLinkState.Alive)));
    }

    [Test]
    public void Host_addressing_lists_addresses_and_a_routed_path()
    {
        var seen = HostAddressingProbe.Parse("addr 198.18.20.10/24\naddr 198.18.21.10/24\n198.18.10.21 via 198.18.20.1 dev eth0 src 198.18.20.10 uid 0\n", "198.18.10.21");
        Assert.That((seen.Addresses, seen.Route), Is.EqualTo((new[] { "198.18.20.10", "198.18.21.10" }, RouteKind.ViaRouter)));
    }

    [Test]
    public void Host_addressing_without_a_router_is_on_link() =>
        Assert.That(HostAddressingProbe.Parse("addr 198.18.10.21/24\n198.18.10.22 dev eth0 src 198.18.10.21 uid 0\n", "198.18.10.22").Route, Is.EqualTo(RouteKind.OnLink));

    [Test]
    public void Access_log_line_yields_time_fields_and_the_denial()
    {
        var line = AccessLogProbe.Parse("1700000000.123    12 198.18.10.22 TCP_DENIED/403 3900 GET http://denied.example/compliance-ab12 - HIER_NONE/- text/html\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(line.Time, Is.EqualTo(1700000000.123).Within(0.0001));
            Assert.That(line.HasField("198.18.10.22"), Is.True);
            Assert.That(line.HasField("198.18.10.2"), Is.False);
            Assert.That(line.Mentions("http://denied.example/compliance-ab12"), Is.True);
            Assert.That(line.Denied, Is.True);
        }
    }

    [Test]
    public void Access_log_line_without_a_time_has_none() =>
        Assert.That(AccessLogProbe.Parse("garbage TCP_MISS/200").Time, Is.Null);

    [TestCase(false, 255, "ssh: connect to host 198.18.30.20 port 22: Connection refused", "exit 255: ssh: connect to host 198.18.30.20 port 22: Connection refused")]
    [TestCase(false, 1, "  ", "exit 1")]
    [TestCase(true, -1, "", "no answer within 30 s")]
    public void Client_run_is_described_by_how_it_ended(bool timedOut, int exit, string error, string expected) =>
        Assert.That(SshRunDescription.Of(timedOut, TimeSpan.FromSeconds(30), exit, error), Is.EqualTo(expected));

    [Test]
    public void Gateway_hop_runs_only_when_it_exits_zero_and_echoes_the_marker()
    {
        var ran = new GatewayHop("ml01", 0, false, TimeSpan.FromSeconds(1), true, "hop-ok-42\n", "");
        var silent = ran with { MarkerEchoed = false };
        var failed = ran with { ExitCode = 255, Error = "Permission denied (publickey)." };
        Assert.That((ran.Ran, silent.Ran, silent.Completed, failed.Ran, failed.Describe), Is.EqualTo((true, false, true, false, "exit 255: Permission denied (publickey).")));
    }
}
