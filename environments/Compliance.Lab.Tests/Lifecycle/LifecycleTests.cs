using System.Diagnostics;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Lifecycle;

/// <summary>An <c>up</c> killed halfway leaves a lab that <c>up</c> repairs and <c>down</c> removes completely.</summary>
[TestFixture, Category("Integration")]
public class LifecycleTests
{
    private readonly LabDriver driver = new(LabFolder.Context());

    [OneTimeSetUp]
    public async Task StartClean()
    {
        LabDriver.RequireRoot();
        await driver.DownAsync();
    }

    [OneTimeTearDown]
    public async Task EndClean()
    {
        if (Commands.RootCheck.IsRoot())
        {
            await driver.DownAsync();
        }
    }

    [Test]
    public async Task Down_after_an_up_killed_halfway_leaves_nothing()
    {
        await KillUpHalfwayAsync();
        var processes = driver.ProcessesInLab();

        await driver.DownAsync();

        Assert.That(await WaitForNoLeftoversAsync(processes), Is.Empty);
    }

    [Test]
    public async Task Up_repairs_a_half_built_lab_and_down_then_leaves_nothing()
    {
        await KillUpHalfwayAsync();

        await driver.UpAsync();
        Assert.That(await driver.UnreadyServicesAsync(), Is.Empty);
        var processes = driver.ProcessesInLab();
        Assert.That(processes, Is.Not.Empty);
        await driver.DownAsync();

        Assert.That(await WaitForNoLeftoversAsync(processes), Is.Empty);
    }

    [Test]
    public async Task Up_rebuilds_a_lab_whose_host_files_changed()
    {
        // A copy of the lab folder stands for an edited checkout; the first up builds from it, the second sees a new host file.
        var copy = Directory.CreateTempSubdirectory("lab-edited-").FullName;
        try
        {
            Assert.That(await Engine.Shell.RunAsync(["cp", "-a", LabFolder.Directory + "/.", copy], driver.Lab, TimeSpan.FromMinutes(1)) is { Succeeded: true });
            var edited = new Engine.LabContext(copy, driver.Lab.Instance);
            Assert.That(await Commands.UpCommand.RunAsync(edited, noInstall: true), Is.Zero, "first up");
            await File.WriteAllTextAsync(Path.Combine(copy, "hosts", "ml01", "etc", "lab-sources-probe"), "second build\n");

            Assert.That(await Commands.UpCommand.RunAsync(edited, noInstall: true), Is.Zero, "up after the edit");

            var seen = await new LabDriver(edited).ExecAsync("ml01", "cat /etc/lab-sources-probe");
            Assert.That(seen.Output.Trim(), Is.EqualTo("second build"));
        }
        finally
        {
            await driver.DownAsync();
            Directory.Delete(copy, recursive: true);
        }
    }

    private async Task KillUpHalfwayAsync()
    {
        var start = new ProcessStartInfo("bash") { ArgumentList = { Path.Combine(LabFolder.Directory, "lab"), "up", "--no-install" }, RedirectStandardOutput = true };
        start.Environment["LAB_INSTANCE"] = driver.Lab.Instance;
        using var up = Process.Start(start)!;
        _ = up.StandardOutput.ReadToEndAsync();
        var hostsDir = Path.Combine(driver.Lab.RunDirectory, "hosts");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!up.HasExited && DateTime.UtcNow < deadline
               && !(Directory.Exists(hostsDir) && Directory.GetFiles(hostsDir, ".provisioned", SearchOption.AllDirectories).Length >= 3))
        {
            await Task.Delay(20);
        }

        Assert.That(up.HasExited, Is.False, "up finished before it could be interrupted");
        up.Kill(entireProcessTree: true);
        await up.WaitForExitAsync();
    }

    /// <summary>Leftovers once the kernel has finished reaping (polled with a deadline).</summary>
    private async Task<IReadOnlyList<string>> WaitForNoLeftoversAsync(IReadOnlyList<int> processes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var leftovers = driver.Leftovers(processes);
        while (leftovers.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            leftovers = driver.Leftovers(processes);
        }

        return leftovers;
    }
}
