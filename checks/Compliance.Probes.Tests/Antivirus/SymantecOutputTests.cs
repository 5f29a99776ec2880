using Compliance.Core.Transport;
using Compliance.Probes.Antivirus;

namespace Compliance.Probes.Tests.Antivirus;

public class SymantecOutputTests
{
    private static CommandResult Result(int exit, string output) => new(exit, output, "", TimeSpan.Zero, false);

    [TestCase("sep/info-d.txt")]
    [TestCase("sep/info-d-german.txt")]
    public void Definitions_date_is_read_in_either_locale(string file)
    {
        var definitions = SymantecOutput.Definitions(TestData.Read(file));

        Assert.That(definitions.BuiltUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Unexpected_definitions_output_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => SymantecOutput.Definitions("sav: command not found"));
    }

    [Test]
    public void Daemon_holds_only_with_rtvscand_running_and_auto_protect_enabled()
    {
        Assert.That(SymantecOutput.Daemon("rtvscand pids: 812\nautoprotect: " + TestData.Read("sep/info-a-enabled.txt")).Holds, Is.True);
        Assert.That(SymantecOutput.Daemon("rtvscand pids:\nautoprotect: Enabled").Holds, Is.False);
        Assert.That(SymantecOutput.Daemon("rtvscand pids: 812\nautoprotect: Disabled").Holds, Is.False);
        Assert.Throws<FormatException>(() => SymantecOutput.Daemon("rtvscand pids: 812\nautoprotect: sh: sav: not found"));
    }

    [Test]
    public void A_scan_naming_the_threat_is_a_detection()
    {
        Assert.That(SymantecOutput.Scan(Result(0, TestData.Read("sep/manualscan-detected.txt")), stillThere: true).Holds, Is.True);
    }

    [Test]
    public void A_scan_that_quarantined_the_file_is_a_detection_even_when_its_report_is_terse()
    {
        Assert.That(SymantecOutput.Scan(Result(0, "Scan completed"), stillThere: false).Holds, Is.True);
    }

    [Test]
    public void A_clean_scan_that_left_the_file_is_no_detection()
    {
        Assert.That(SymantecOutput.Scan(Result(0, TestData.Read("sep/manualscan-clean.txt")), stillThere: true).Holds, Is.False);
    }
}
