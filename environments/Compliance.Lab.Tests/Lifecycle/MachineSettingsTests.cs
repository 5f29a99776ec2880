using System.Globalization;
using Compliance.Lab.Engine;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Lifecycle;

/// <summary>The lab changes the machine's settings only while an instance is up, and gives them back when the last one goes down.</summary>
[TestFixture, Category("Integration"), NonParallelizable]
public class MachineSettingsTests
{
    private const string Backlog = "/proc/sys/net/core/netdev_max_backlog";

    [Test]
    public async Task The_last_instance_to_go_down_gives_the_machine_its_receive_backlog_back()
    {
        LabDriver.RequireRoot();
        LabDriver.RequireNoInstanceUp("the setting stays raised for them");

        var original = (await File.ReadAllTextAsync(Backlog)).Trim();
        var lab = LabFolder.Context("labbk");
        try
        {
            await File.WriteAllTextAsync(Backlog, "1234\n");
            var created = await Shell.BashAsync(lab, "bash scripts/instance.sh create", TimeSpan.FromMinutes(1));
            Assert.That(created.Succeeded, Is.True, created.Output);
            Assert.That(await ReadAsync(), Is.EqualTo(20000), "raised while the instance is up");

            var down = await Shell.BashAsync(lab, "bash scripts/down.sh", TimeSpan.FromMinutes(1));
            Assert.That(down.Succeeded, Is.True, down.Output);
            Assert.That(await ReadAsync(), Is.EqualTo(1234), "the machine's own value after the last instance went down");
            Assert.That(File.Exists("/run/compliance-lab/netdev_max_backlog.before"), Is.False, "the saved value is removed");
        }
        finally
        {
            await Shell.BashAsync(lab, "bash scripts/down.sh", TimeSpan.FromMinutes(1));
            await File.WriteAllTextAsync(Backlog, original + "\n");
        }
    }

    [Test]
    public async Task The_receive_backlog_stays_raised_while_another_instance_is_up()
    {
        LabDriver.RequireRoot();
        var original = (await File.ReadAllTextAsync(Backlog)).Trim();
        var first = LabFolder.Context("labbk");
        var second = LabFolder.Context("labbk2");
        try
        {
            Assert.That((await Shell.BashAsync(first, "bash scripts/instance.sh create", TimeSpan.FromMinutes(1))).Succeeded, Is.True);
            Assert.That((await Shell.BashAsync(second, "bash scripts/instance.sh create", TimeSpan.FromMinutes(1))).Succeeded, Is.True);

            Assert.That((await Shell.BashAsync(first, "bash scripts/down.sh", TimeSpan.FromMinutes(1))).Succeeded, Is.True);

            Assert.That(await ReadAsync(), Is.GreaterThanOrEqualTo(20000), "another instance is still up");
        }
        finally
        {
            await Shell.BashAsync(first, "bash scripts/down.sh", TimeSpan.FromMinutes(1));
            await Shell.BashAsync(second, "bash scripts/down.sh", TimeSpan.FromMinutes(1));
            if (!Directory.Exists("/run/compliance-lab") || Directory.GetDirectories("/run/compliance-lab").Length == 0)
            {
                await File.WriteAllTextAsync(Backlog, original + "\n");
            }
        }
    }

    private static async Task<int> ReadAsync() => int.Parse((await File.ReadAllTextAsync(Backlog)).Trim(), CultureInfo.InvariantCulture);
}
