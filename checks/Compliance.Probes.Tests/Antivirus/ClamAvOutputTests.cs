using Compliance.Core.Transport;
using Compliance.Probes.Antivirus;

namespace Compliance.Probes.Tests.Antivirus;

public class ClamAvOutputTests
{
    private const string File = "/tmp/av-eicar.Xy12Ab/eicar.com";

    [Test]
    public void Found_with_exit_1_is_a_detection()
    {
        var scan = ClamAvOutput.Scan(new CommandResult(1, $"{File}: Eicar-Signature.UNOFFICIAL FOUND\n", "", TimeSpan.Zero, false), File);

        Assert.That(scan.Holds, Is.True);
        Assert.That(scan.Observed, Does.Contain("Eicar-Signature.UNOFFICIAL"));
    }

    [Test]
    public void OK_with_exit_0_is_no_detection()
    {
        Assert.That(ClamAvOutput.Scan(new CommandResult(0, $"{File}: OK\n", "", TimeSpan.Zero, false), File).Holds, Is.False);
    }

    [Test]
    public void A_scanner_error_is_not_a_result()
    {
        var error = new CommandResult(2, "", "ERROR: Could not connect to clamd on LocalSocket /run/clamav/clamd.ctl: No such file or directory\n", TimeSpan.Zero, false);

        Assert.Throws<InvalidOperationException>(() => ClamAvOutput.Scan(error, File));
    }

    [Test]
    public void Each_database_keeps_its_own_build_time_and_version_and_the_oldest_is_the_age()
    {
        const string output = """
            directory:/var/lib/clamav
            build:/var/lib/clamav/main.cvd:16 Sep 2025 10:30 +0000
            dbversion:/var/lib/clamav/main.cvd:62
            build:/var/lib/clamav/daily.cld:30 Nov 2026 09:12 +0100
            dbversion:/var/lib/clamav/daily.cld:27836
            mtime:/var/lib/clamav/lab.ndb:1700000000
            version:ClamAV 1.4.6/27836/Sun Nov 30 08:12:00 2026
            """;

        var definitions = ClamAvOutput.Definitions(output);

        Assert.That(definitions.Databases!.Select(d => (d.Name, d.Version, d.IsContainer)), Is.EqualTo(new (string, int?, bool)[] { ("main", 62, true), ("daily", 27836, true), ("lab", null, false) }));
        Assert.That(definitions.Databases![1].Built, Is.EqualTo(new DateTimeOffset(2026, 11, 30, 8, 12, 0, TimeSpan.Zero)));
        Assert.That(definitions.BuiltUtc, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1700000000)));
    }

    [Test]
    public void No_database_file_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ClamAvOutput.Definitions("directory:/var/lib/clamav\nversion:ClamAV 1.4.6\n"));
    }

    [Test]
    public void Daemon_needs_a_process_of_this_host_and_a_pong()
    {
        Assert.That(ClamAvOutput.Daemon("clamd pids: 4242\nPONG\nping exit: 0\n").Holds, Is.True);
        Assert.That(ClamAvOutput.Daemon("clamd pids:\nPONG\nping exit: 0\n").Holds, Is.False);
        Assert.That(ClamAvOutput.Daemon("clamd pids: 4242\nERROR: Could not connect to clamd\nping exit: 2\n").Holds, Is.False);
    }
}
