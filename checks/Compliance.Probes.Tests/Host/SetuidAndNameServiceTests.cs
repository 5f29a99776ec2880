using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class SetuidAndNameServiceTests
{
    [Test]
    public void Setuid_lines_give_the_package_and_the_checksum_state()
    {
        var programs = SetuidProgramsProbe.Parse("4755\troot\troot\t/usr/bin/su\tutil-linux\tunchanged\n4755\troot\troot\t/usr/local/bin/sh\t\tnone\n2755\troot\tshadow\t/usr/bin/chage\tpasswd\tnosum\n");

        Assert.That(programs.Select(p => (p.Path, p.Package, p.State)), Is.EqualTo(new[]
        {
            ("/usr/bin/su", "util-linux", SetuidProgramState.Unchanged),
            ("/usr/local/bin/sh", "", SetuidProgramState.NoPackage),
            ("/usr/bin/chage", "passwd", SetuidProgramState.NoChecksum),
        }));
    }

    [Test]
    public void Passwd_sources_leave_out_actions_and_comments_and_name_the_remote_ones()
    {
        var sources = NameServiceSwitch.Sources("# comment\npasswd:  files [NOTFOUND=return] systemd sss # local first\ngroup: files\n", "passwd");

        Assert.That(sources, Is.EqualTo(new[] { "files", "systemd", "sss" }));
        Assert.That(NameServiceSwitch.Remote(sources), Is.EqualTo(new[] { "sss" }));
        Assert.That(NameServiceSwitch.Sources("hosts: files dns\n", "passwd"), Is.EqualTo(new[] { "files" }));
    }
}
