using Compliance.Lab.Commands;
using Compliance.Lab.Engine;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Lifecycle;

/// <summary>
/// Installing the lab's packages leaves the machine's services as they were: the units the packages enable stay disabled
/// (they would start in the machine's own namespace after a reboot), and a unit the machine had enabled before keeps its state.
/// </summary>
[TestFixture, Category("Integration"), NonParallelizable]
public class PackageInstallTests
{
    private const string OwnUnit = "compliance-test-own.service";
    private static readonly string[] Purged = ["chrony", "opensmtpd"];
    private static readonly string[] TheirUnits = ["chrony.service", "opensmtpd.service"];

    [Test]
    public async Task Packages_installed_again_leave_their_units_disabled_and_the_machines_own_unit_enabled()
    {
        LabDriver.RequireRoot();
        LabDriver.RequireNoInstanceUp("their daemons need the packages this test purges");

        var lab = LabFolder.Context();
        var unitFile = Path.Combine("/etc/systemd/system", OwnUnit);
        try
        {
            await File.WriteAllTextAsync(unitFile, "[Unit]\nDescription=a unit of the machine's own\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n");
            Assert.That((await RunAsync(lab, $"systemctl enable {OwnUnit}")).Succeeded, Is.True, "enable the machine's own unit");
            var purge = await RunAsync(lab, $"DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=600 {string.Join(' ', Purged)}");
            Assert.That(purge.Succeeded, Is.True, purge.Output);

            Assert.That(await PackageInstaller.EnsureAsync(lab), Is.True, "the installer of lab up");

            using (Assert.EnterMultipleScope())
            {
                foreach (var unit in TheirUnits)
                {
                    Assert.That(await EnabledAsync(lab, unit), Is.EqualTo("disabled"), unit);
                }

                Assert.That(await EnabledAsync(lab, OwnUnit), Is.EqualTo("enabled"), "the machine's own unit");
                Assert.That(await File.ReadAllTextAsync("/var/log/compliance-lab-packages.log"), Does.Contain("installed: chrony opensmtpd"));
            }
        }
        finally
        {
            await RunAsync(lab, $"systemctl disable {OwnUnit}; rm -f {unitFile}");
            await PackageInstaller.EnsureAsync(lab);
        }
    }

    private static Task<ShellResult> RunAsync(LabContext lab, string script) => Shell.BashAsync(lab, script, TimeSpan.FromMinutes(10));

    private static async Task<string> EnabledAsync(LabContext lab, string unit) =>
        (await Shell.BashAsync(lab, $"systemctl is-enabled {unit} || true", TimeSpan.FromSeconds(30))).Output.Trim();
}
