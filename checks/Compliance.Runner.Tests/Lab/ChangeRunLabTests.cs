using System.Diagnostics;
using System.Text.Json;
using Compliance.Core;
using Compliance.Core.Outcomes;

namespace Compliance.Runner.Tests.Lab;

/// <summary>
/// <c>compliance run --change</c> against the real lab, as <c>run-checks.sh</c> runs it: its own instances (baseline
/// <c>chgt</c>, change <c>chgtx</c>), restricted to NET-07 to stay short. The firewall example change breaks NET-07 and
/// is reported as such, the baseline instance keeps its rules, the change instance is gone afterwards; a patch that does
/// not apply, or a step that fails, is exit 3 without a report.
/// </summary>
[TestFixture, Category("Lab"), NonParallelizable]
public sealed class ChangeRunLabTests
{
    private const string Instance = "chgt";
    private const string ChangeInstance = "chgtx";
    private string root = null!;
    private string reports = null!;

    [OneTimeSetUp]
    public void RequireRoot()
    {
        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/sbin/nft"))
        {
            Assert.Ignore("the lab needs root and nftables");
        }

        root = RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory);
    }

    [SetUp]
    public void CreateReportFolder() => reports = Directory.CreateTempSubdirectory("change-lab-").FullName;

    [TearDown]
    public void DeleteReportFolder() => Directory.Delete(reports, recursive: true);

    [OneTimeTearDown]
    public async Task TakeTheLabDown()
    {
        if (root is not null && Environment.GetEnvironmentVariable("LAB_KEEP") != "1")
        {
            await RunAsync(Path.Combine(root, "environments", "lab", "lab"), "down");
        }
    }

    [Test]
    public async Task A_firewall_rule_opening_a_path_out_of_the_secure_zone_would_break_net07_and_leaves_the_baseline_untouched()
    {
        var change = Path.Combine(root, "environments", "lab", "changes", "secure-zone-partner-sftp.yaml");

        var (exitCode, output) = await RunAsync("dotnet", Runner, "run", "--change", change, "--control", "NET-07", "--report-dir", reports);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed), output);
        var run = Path.Combine(reports, "latest");
        var html = await File.ReadAllTextAsync(Path.Combine(run, "report.html"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run, "results.json")));
        var block = json.RootElement.GetProperty("change");
        var broken = block.GetProperty("checks").GetProperty("newly_failed").EnumerateArray().Single();
        var baseline = block.GetProperty("baseline").GetProperty("run_id").GetString()!;
        using var baselineJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, baseline, "results.json")));
        var (_, namespaces) = await RunAsync("ip", "netns", "list");
        var (_, rules) = await RunAsync(Path.Combine(root, "environments", "lab", "lab"), "exec", "fw", "--", "nft", "list", "chain", "inet", "filter", "forward");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Does.Contain("This change would break: 1 check").And.Contain("NET-07 SecureZoneReachesNoInternetTcpPort (Passed -> Failed): ml01 connected to 198.19.0."));
            Assert.That(html.IndexOf("<h2", StringComparison.Ordinal), Is.EqualTo(html.IndexOf("<h2 id=\"would-break-h\">This change would break</h2>", StringComparison.Ordinal)), "the report opens with it");
            Assert.That(html, Does.Contain("<a href=\"#check-SecureZoneReachesNoInternetTcpPort\">evidence</a>").And.Contain("id=\"check-SecureZoneReachesNoInternetTcpPort\""));
            Assert.That(html.IndexOf("would-break-h", StringComparison.Ordinal), Is.LessThan(html.IndexOf("would-fix-h", StringComparison.Ordinal)));
            Assert.That(json.RootElement.GetProperty("metadata").GetProperty("run_kind").GetString(), Is.EqualTo("change"));
            Assert.That(block.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(change)))));
            Assert.That(block.GetProperty("instance").GetString(), Is.EqualTo(ChangeInstance));
            Assert.That((broken.GetProperty("check_id").GetString(), broken.GetProperty("before").GetString(), broken.GetProperty("after").GetString(), broken.GetProperty("breaks").GetBoolean()),
                Is.EqualTo(("SecureZoneReachesNoInternetTcpPort", "passed", "failed", true)));
            Assert.That(baselineJson.RootElement.GetProperty("metadata").GetProperty("run_kind").GetString(), Is.EqualTo("change-baseline"));
            Assert.That(namespaces, Does.Not.Contain(ChangeInstance + "-"), "the change instance is down");
            Assert.That(namespaces, Does.Contain(Instance + "-fw"), "the baseline instance is still up");
            Assert.That(rules, Does.Not.Contain("partner-sftp"), "the baseline's firewall never saw the change");
        }
    }

    [Test]
    public async Task A_patch_that_does_not_apply_is_exit_3_naming_the_lab_file_and_writes_no_report()
    {
        var patch = Path.Combine(reports, "fw.patch");
        await File.WriteAllTextAsync(patch, """
            diff --git a/environments/lab/hosts/fw/etc/nftables.conf b/environments/lab/hosts/fw/etc/nftables.conf
            --- a/environments/lab/hosts/fw/etc/nftables.conf
            +++ b/environments/lab/hosts/fw/etc/nftables.conf
            @@ -1,2 +1,2 @@
            -#!/usr/sbin/nft -f (a line the file does not have)
            +#!/usr/sbin/nft -f
             flush ruleset

            """);

        var (exitCode, output) = await RunAsync("dotnet", Runner, "run", "--change", patch, "--control", "NET-07", "--report-dir", reports);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput), output);
        Assert.That(output, Does.Contain($"error: {patch}: the patch does not apply to the lab's files: patch failed: environments/lab/hosts/fw/etc/nftables.conf:1"));
        Assert.That(Directory.GetDirectories(reports), Is.Empty, "no run folder, no log");
    }

    [Test]
    public async Task A_step_that_fails_is_exit_3_naming_its_line_and_the_change_instance_comes_down()
    {
        var change = Path.Combine(reports, "reload.yaml");
        await File.WriteAllTextAsync(change, "description: reload squid after an edit that is not there\nsteps:\n  - host: proxy\n    run: grep -q no-such-line /etc/squid/squid.conf\n");

        var (exitCode, output) = await RunAsync("dotnet", Runner, "run", "--change", change, "--control", "NET-08", "--report-dir", reports);

        var (_, namespaces) = await RunAsync("ip", "netns", "list");
        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput), output);
        Assert.That(output, Does.Contain($"error: {change}:3:1: steps[0]: the step on proxy failed with exit code 1; the change cannot be applied"));
        Assert.That(namespaces, Does.Not.Contain(ChangeInstance + "-"));
        Assert.That(Directory.GetDirectories(reports).Select(Path.GetFileName), Is.EqualTo(new[] { "logs" }), "a log, no report");
    }

    private static string Runner => Path.Combine(TestContext.CurrentContext.TestDirectory, "compliance.dll");

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["LAB_INSTANCE"] = Instance;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
