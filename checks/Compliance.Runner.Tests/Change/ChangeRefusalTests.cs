using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests.Change;

/// <summary>A change that cannot be applied or tried is bad input: exit 3 with the reason, nothing run, no report, the lab's files untouched.</summary>
public sealed class ChangeRefusalTests : RepositoryTest
{
    private const string Motd = "environments/lab/hosts/left/etc/motd";

    [SetUp]
    public void CreateLab()
    {
        repository.Write("environments/lab/inventory.yaml", TestInputs.Inventory("t-chg-left", "t-chg-right"));
        repository.Write(Motd, "welcome to left\n");
    }

    [Test]
    public async Task A_patch_that_does_not_apply_is_exit_3_with_the_lab_file_and_line()
    {
        var patch = Write("motd.patch", Patch("welcome to somewhere else", "welcome, partner"));

        var (exitCode, error) = await RunAsync("--change", patch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.StartWith($"error: {patch}: the patch does not apply to the lab's files: patch failed: {Motd}:1"));
            Assert.That(Directory.Exists(repository.Reports), Is.False, "no report, no log");
            Assert.That(File.ReadAllText(repository.FullPath(Motd)), Is.EqualTo("welcome to left\n"));
        }
    }

    [Test]
    public async Task A_patch_that_breaks_the_lab_inventory_is_exit_3_and_the_users_tree_keeps_its_files()
    {
        var inventory = File.ReadAllText(repository.FullPath("environments/lab/inventory.yaml"));
        var patch = Write("inventory.patch", """
            diff --git a/environments/lab/inventory.yaml b/environments/lab/inventory.yaml
            --- a/environments/lab/inventory.yaml
            +++ b/environments/lab/inventory.yaml
            @@ -9,3 +9,3 @@
                 transport: {kind: netns, namespace: t-chg-left}
            -  - name: right
            +  - name: left
                 segment: bench

            """);

        var (exitCode, error) = await RunAsync("--change", patch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.Match(@"^error: .*/environments/lab/inventory\.yaml:10:11: hosts\[1\]\.name: duplicate host name 'left' \(first at line 6\) \(the lab's files with the change applied\)"));
            Assert.That(error, Does.Not.Contain(repository.Root), "the copy was checked, not the user's tree");
            Assert.That(File.ReadAllText(repository.FullPath("environments/lab/inventory.yaml")), Is.EqualTo(inventory));
            Assert.That(Directory.Exists(repository.Reports), Is.False);
        }
    }

    [Test]
    public async Task A_patch_of_the_suite_rather_than_the_lab_is_exit_3_naming_the_line()
    {
        var patch = Write("policy.patch", "diff --git a/policies/network.yaml b/policies/network.yaml\n--- a/policies/network.yaml\n+++ b/policies/network.yaml\n");

        var (exitCode, error) = await RunAsync("--change", patch);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Is.EqualTo($"error: {patch}:1:12: (patch): 'policies/network.yaml' is not a file of the lab: a change may touch only files under environments/lab/\n"));
    }

    [Test]
    public async Task A_change_file_naming_a_host_the_lab_does_not_have_is_exit_3_with_line_and_column()
    {
        var file = Write("open.yaml", "description: open a port\nsteps:\n  - host: left\n    run: 'true'\n  - host: db01\n    run: 'true'\n");

        var (exitCode, error) = await RunAsync("--change", file);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Is.EqualTo($"error: {file}:5:11: steps[1].host: 'db01' is not a host of the lab (hosts: left, right)\n"));
    }

    [Test]
    public async Task A_change_file_that_is_not_yaml_is_exit_3_with_its_position()
    {
        var file = Write("open.yaml", "description: [unclosed\n");

        var (exitCode, error) = await RunAsync("--change", file);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.StartWith($"error: {file}:"));
        Assert.That(Directory.Exists(repository.Reports), Is.False);
    }

    [TestCase("--env", "env", "error: command line: --change: a change is tried on the lab only, not on --env env")]
    [TestCase("--compare", "latest", "error: command line: --change with --compare: a change run is compared with its own baseline")]
    public async Task A_change_is_tried_on_the_lab_against_its_own_baseline_only(string option, string value, string message)
    {
        var file = Write("open.yaml", "description: d\nsteps:\n  - {host: left, run: 'true'}\n");

        var (exitCode, error) = await RunAsync("--change", file, option, value);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Is.EqualTo(message + "\n"));
    }

    private string Write(string name, string text)
    {
        repository.Write(name, text);
        return repository.FullPath(name);
    }

    private static string Patch(string before, string after) => $"""
        diff --git a/{Motd} b/{Motd}
        --- a/{Motd}
        +++ b/{Motd}
        @@ -1 +1 @@
        -{before}
        +{after}

        """;

    private async Task<(int ExitCode, string Error)> RunAsync(params string[] extra)
    {
        var harness = RunnerHarness.WithFakeTransports(repository);
        var exitCode = await harness.RunArgumentsAsync(["run", "--report-dir", repository.Reports, .. extra]);
        return (exitCode, harness.Error.ToString());
    }
}
