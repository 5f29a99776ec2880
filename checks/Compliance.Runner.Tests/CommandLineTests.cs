using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>The command line: typed options, generated help, and a line that does not parse is bad input before anything runs.</summary>
public sealed class CommandLineTests : RepositoryTest
{
    [Test]
    public async Task Repeated_controls_and_families_select_their_union()
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        await harness.RunAsync("--control", "NET-01", "--control", "NET-02", "--family", "PHY", "--no-lab-up");

        Assert.That(harness.Console.Output, Does.Contain("controls NET-01, NET-02; families PHY"));
    }

    [TestCase("--colour")]
    [TestCase("--env")]
    [TestCase("--control")]
    [TestCase("--compare")]
    public async Task A_line_that_does_not_parse_exits_3_and_writes_no_report(string bad)
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exitCode = await harness.RunAsync(bad);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(harness.Error.ToString(), Does.StartWith("error: command line: ").And.EndWith("; see --help\n"));
        Assert.That(Directory.Exists(repository.Reports), Is.False, "a report folder was written");
    }

    [Test]
    public async Task An_unknown_command_exits_3()
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exitCode = await harness.RunArgumentsAsync("scan");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(harness.Error.ToString(), Does.StartWith("error: command line: "));
    }

    [TestCase]
    [TestCase("--help")]
    [TestCase("run", "--help")]
    public async Task Help_is_generated_and_lists_every_option(params string[] args)
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exitCode = await harness.RunArgumentsAsync(args);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Compliant));
        var expected = args.Contains("run") ? new[] { "--env", "--control", "--family", "--report-dir", "--compare", "--no-lab-up", "Exit codes" } : new[] { "run" };
        var output = harness.Console.Output;
        Assert.That(expected.Where(o => !output.Contains(o, StringComparison.Ordinal)), Is.Empty, output);
        Assert.That(Directory.Exists(repository.Reports), Is.False);
    }
}
