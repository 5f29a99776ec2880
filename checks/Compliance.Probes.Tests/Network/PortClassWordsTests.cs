using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

public sealed class PortClassWordsTests
{
    [TestCase("connected", PortClass.Connected)]
    [TestCase("refused", PortClass.Refused)]
    [TestCase("unreachable", PortClass.Unreachable)]
    [TestCase("prohibited", PortClass.Prohibited)]
    [TestCase("timedout", PortClass.TimedOut)]
    [TestCase("answered", PortClass.Answered)]
    [TestCase("icmp-refused", PortClass.IcmpRefused)]
    [TestCase("icmp-unreachable", PortClass.IcmpUnreachable)]
    [TestCase("silent", PortClass.Silent)]
    [TestCase("sendfail-EPERM", PortClass.SendFailed)]
    [TestCase("sendfail-EACCES", PortClass.SendFailed)]
    [TestCase("sendfail-EHOSTUNREACH", PortClass.SendFailed)]
    [TestCase("local-EPERM", PortClass.BlockedOnVantage)]
    [TestCase("local-EHOSTUNREACH", PortClass.BlockedOnVantage)]
    [TestCase("local-timedout", PortClass.BlockedOnVantage)]
    [TestCase("local-refused", PortClass.BlockedOnVantage)]
    [TestCase("local-unreachable", PortClass.BlockedOnVantage)]
    [TestCase("local-silent", PortClass.BlockedOnVantage)]
    [TestCase("local-icmp-unreachable", PortClass.BlockedOnVantage)]
    [TestCase("unwatched-timedout", PortClass.Unattributed)]
    [TestCase("unwatched-silent", PortClass.Unattributed)]
    [TestCase("error:ECONNRESET", PortClass.Error)]
    [TestCase("error:113", PortClass.Error)]
    public void Every_word_the_scan_scripts_print_maps_to_its_class(string word, PortClass expected) =>
        Assert.That(PortClassWords.Parse(word), Is.EqualTo(expected));

    [TestCase("open")]
    [TestCase("Connected")]
    [TestCase("connected-ish")]
    [TestCase("sendfail-")]
    [TestCase("local-")]
    [TestCase("unwatched-")]
    [TestCase("")]
    public void A_word_nobody_defined_is_an_error_never_a_compliant_class(string word) =>
        Assert.That(PortClassWords.Parse(word), Is.EqualTo(PortClass.Error));

    [Test]
    public void Every_class_but_the_prefixed_ones_describes_itself_with_the_word_it_was_parsed_from()
    {
        var plain = Enum.GetValues<PortClass>().Where(c => c is not (PortClass.SendFailed or PortClass.BlockedOnVantage or PortClass.Unattributed or PortClass.Error)).ToList();
        Assert.That(plain.Select(c => PortClassWords.Parse(c.Describe())), Is.EqualTo(plain));
    }

    [TestCase(PortClass.BlockedOnVantage, true)]
    [TestCase(PortClass.SendFailed, true)]
    [TestCase(PortClass.Unattributed, true)]
    [TestCase(PortClass.TimedOut, false)]
    [TestCase(PortClass.Unreachable, false)]
    [TestCase(PortClass.Silent, false)]
    [TestCase(PortClass.IcmpUnreachable, false)]
    public void Only_blocks_on_the_vantage_or_unattributed_ones_say_it_was_not_the_network(PortClass cls, bool notTheNetwork) =>
        Assert.That(cls.IsNotTheNetwork(), Is.EqualTo(notTheNetwork));

    [Test]
    public void Tcp_output_separates_ports_the_vantage_stopped_from_ports_the_network_blocked()
    {
        var result = PortScanParser.Parse("t", "tcp",
            "local-EPERM 1-2\nlocal-timedout 3-5\nunreachable 6\ncounts local-EPERM=2 local-timedout=3 timedout=4 unreachable=1\ntotal 10 elapsed 1.0\ninterface_drops 0\nwire seen 5\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.WireWatched, Is.True);
            Assert.That(result.PortsNotBlockedByTheNetwork, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
            Assert.That(result.CountNotBlockedByTheNetwork, Is.EqualTo(5));
            Assert.That(result.OutcomeOf(4, PortClass.TimedOut), Is.EqualTo(new PortOutcome(PortClass.BlockedOnVantage, "local-timedout")));
            Assert.That(result.ClassOf(6, PortClass.TimedOut), Is.EqualTo(PortClass.Unreachable));
            Assert.That(result.ClassOf(9, PortClass.TimedOut), Is.EqualTo(PortClass.TimedOut));
        }
    }

    [Test]
    public void A_scan_that_could_not_watch_its_packets_leave_reports_its_blocked_ports_as_unattributed()
    {
        var result = PortScanParser.Parse("t", "tcp",
            "connected 22\nunwatched-timedout 1-9,23\ncounts connected=1 unwatched-timedout=10\ntotal 11 elapsed 1.0\ninterface_drops 0\nwire unavailable EPERM\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.WireWatched, Is.False);
            Assert.That(result.CountOf(PortClass.Unattributed), Is.EqualTo(10));
            Assert.That(result.PortsOf(PortClass.Connected), Is.EqualTo(new[] { 22 }));
        }
    }

    [Test]
    public void An_unknown_word_in_scan_output_becomes_an_error_group_that_keeps_the_word()
    {
        var result = PortScanParser.Parse("t", "tcp", "connected 22\nfiltered 80\ncounts connected=1 filtered=1 timedout=1\ntotal 3 elapsed 0.1\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ClassOf(80, PortClass.TimedOut), Is.EqualTo(PortClass.Error));
            Assert.That(result.WordsOf(PortClass.Error), Is.EqualTo(new[] { "filtered" }));
            Assert.That(result.PortsOf(PortClass.Connected), Is.EqualTo(new[] { 22 }));
        }
    }

    [Test]
    public void Socket_errors_keep_their_errno_in_the_outcome_and_the_summary()
    {
        var result = PortScanParser.Parse("t", "tcp", "error:ECONNRESET 7-8\ncounts error:ECONNRESET=2 timedout=1\ntotal 3 elapsed 0.1\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.OutcomeOf(7, PortClass.TimedOut), Is.EqualTo(new PortOutcome(PortClass.Error, "error:ECONNRESET")));
            Assert.That(result.OutcomeOf(9, PortClass.TimedOut).ToString(), Is.EqualTo("timedout"));
            Assert.That(result.CountOf(PortClass.Error), Is.EqualTo(2));
            Assert.That(result.Summary, Is.EqualTo("error:ECONNRESET=2 timedout=1"));
        }
    }

    [Test]
    public void Udp_output_yields_answered_icmp_sendfail_and_silent_classes()
    {
        var result = PortScanParser.Parse("t", "udp",
            "answered 53\nicmp-refused 1-2\nicmp-unreachable 5\nsendfail-EPERM 9\ncounts answered=1 icmp-refused=2 icmp-unreachable=1 sendfail-EPERM=1 silent=5\ntotal 10 elapsed 1.0 wait 1.00\ninterface_drops 0\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PortsOf(PortClass.Answered), Is.EqualTo(new[] { 53 }));
            Assert.That(result.PortsOf(PortClass.IcmpRefused), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(result.ClassOf(5, PortClass.Silent), Is.EqualTo(PortClass.IcmpUnreachable));
            Assert.That(result.CountOf(PortClass.SendFailed), Is.EqualTo(1));
            Assert.That(result.ClassOf(7, PortClass.Silent), Is.EqualTo(PortClass.Silent));
            Assert.That(result.CountOf(PortClass.Silent), Is.EqualTo(5));
            Assert.That(result.Summary, Is.EqualTo("answered=1 icmp-refused=2 icmp-unreachable=1 sendfail-EPERM=1 silent=5"));
        }
    }
}
