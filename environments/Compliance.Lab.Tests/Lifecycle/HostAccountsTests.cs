using Compliance.Lab.Engine;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Lifecycle;

/// <summary>
/// A lab host's /etc is an overlay of the machine's: the host must not inherit the machine's people (a sudo user of the
/// machine on ml01 would turn HOST-01 red on the compliant lab), its administrative group members or its sudoers rules.
/// </summary>
[TestFixture, Category("Integration"), NonParallelizable]
public class HostAccountsTests
{
    private const string Person = "lableak";

    [Test]
    public async Task A_host_sees_none_of_the_machines_people_admin_members_or_sudoers_rules()
    {
        LabDriver.RequireRoot();
        var lab = LabFolder.Context("labacct");
        var root = Directory.CreateTempSubdirectory("lab-host-fs-").FullName;
        try
        {
            var made = await Shell.BashAsync(lab,
                $"useradd -m -u 1777 -G sudo {Person} && echo '{Person} ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/{Person} && chmod 0440 /etc/sudoers.d/{Person}"
                + $" && echo '{Person} ALL=(ALL) ALL' >> /etc/sudoers", TimeSpan.FromMinutes(1));
            Assert.That(made.Succeeded, Is.True, made.Output);

            // host-fs.sh in a mount and UTS namespace of its own, as a lab host's first step; then what the host sees.
            var seen = await Shell.BashAsync(lab,
                $"unshare --mount --uts --propagation private bash -c 'bash scripts/host-fs.sh acct {root} >/dev/null && "
                + $"echo passwd=$(grep -c ^{Person}: /etc/passwd) shadow=$(grep -c ^{Person}: /etc/shadow) group=$(grep -c {Person} /etc/group) "
                + "sudo=$(getent group sudo) sudoersd=$(ls /etc/sudoers.d | grep -vc README) sudoers=$(grep -c " + Person + " /etc/sudoers) root=$(grep -c ^root: /etc/passwd) daemon=$(grep -c ^_apt: /etc/passwd)'",
                TimeSpan.FromMinutes(1));
            Assert.That(seen.Succeeded, Is.True, seen.Output);
            Assert.That(seen.Output.Trim(), Is.EqualTo("passwd=0 shadow=0 group=0 sudo=sudo:x:27: sudoersd=0 sudoers=0 root=1 daemon=1"));

            var machine = await Shell.BashAsync(lab, $"getent passwd {Person} >/dev/null && test -e /etc/sudoers.d/{Person}", TimeSpan.FromSeconds(30));
            Assert.That(machine.Succeeded, Is.True, "the machine's own files are untouched");
        }
        finally
        {
            await Shell.BashAsync(lab, $"userdel -r {Person} 2>/dev/null; rm -f /etc/sudoers.d/{Person}; sed -i '/^{Person} /d' /etc/sudoers; true", TimeSpan.FromMinutes(1));
            await Shell.BashAsync(lab, $"rm -rf {root}", TimeSpan.FromMinutes(1));
        }
    }
}
