using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

/// <summary>The output of one scan of several targets: a section per target, with the run's drops and wire state shared by all.</summary>
public sealed class MultiTargetParserTests
{
    private const string Output = """
        target 198.19.7.1
        connected 443
        counts connected=1 timedout=2
        total 3
        target 198.19.9.2
        local-timedout 22
        counts local-timedout=1 timedout=2
        total 3
        elapsed 1.204 targets 2 window 19000 timeout 1.00 rate 20000
        interface_drops 4
        wire seen 5

        """;

    [Test]
    public void Each_target_gets_its_own_classes_and_the_shared_run_facts()
    {
        var results = PortScanParser.ParseMany(["198.19.7.1", "198.19.9.2"], "tcp", Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["198.19.7.1"].PortsOf(PortClass.Connected), Is.EqualTo(new[] { 443 }));
            Assert.That(results["198.19.7.1"].CountNotBlockedByTheNetwork, Is.Zero);
            Assert.That(results["198.19.9.2"].PortsNotBlockedByTheNetwork, Is.EqualTo(new[] { 22 }));
            Assert.That(results.Values.Select(r => (r.KernelDrops, r.WireWatched)), Is.All.EqualTo((4, true)));
            Assert.That(results["198.19.9.2"].Raw, Does.StartWith("target 198.19.9.2\nlocal-timedout 22").And.Contain("interface_drops 4").And.Not.Contain("443"));
        }
    }

    [Test]
    public void A_target_without_its_section_is_a_probe_failure() =>
        Assert.Throws<ProbeException>(() => PortScanParser.ParseMany(["198.19.7.1", "198.19.9.3"], "tcp", Output));

    [Test]
    public void A_section_for_an_address_not_asked_for_is_a_probe_failure() =>
        Assert.Throws<ProbeException>(() => PortScanParser.ParseMany(["198.19.7.1"], "tcp", Output));

    [Test]
    public void An_incomplete_section_is_a_probe_failure() =>
        Assert.Throws<ProbeException>(() => PortScanParser.ParseMany(["198.19.7.1", "198.19.9.2"], "tcp", Output.Replace("total 3\ntarget 198.19.9.2", "target 198.19.9.2", StringComparison.Ordinal)));

    [Test]
    public void An_address_written_otherwise_by_the_script_is_matched_to_the_one_asked_for()
    {
        var results = PortScanParser.ParseMany(["fd5e:1ab0:c0de:0:0:0:0:7"], "udp", "target fd5e:1ab0:c0de::7\nanswered 53\ncounts answered=1 silent=1\ntotal 2\ninterface_drops 0\nwire seen 2\n");
        Assert.That(results["fd5e:1ab0:c0de:0:0:0:0:7"].PortsOf(PortClass.Answered), Is.EqualTo(new[] { 53 }));
    }
}
