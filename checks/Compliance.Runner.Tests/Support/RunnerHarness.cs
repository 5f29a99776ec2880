using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Runner.Cli;
using Compliance.Runner.Pipeline;
using Spectre.Console.Testing;

namespace Compliance.Runner.Tests.Support;

/// <summary>Runs the pipeline on a <see cref="TestRepository"/> and keeps what it printed.</summary>
internal sealed class RunnerHarness(TestRepository repository, ICheckExecutor executor)
{
    public TestConsole Console { get; } = new TestConsole().Width(200);

    public StringWriter Error { get; } = new();

    public TimeProvider Clock { get; init; } = FixedClock.Today;

    public static RunnerHarness WithFakeTransports(TestRepository repository, params CheckInfo[] crashing) =>
        new(repository, FakeExecutor(crashing));

    public static InProcessExecutor FakeExecutor(params CheckInfo[] crashing) =>
        new(FakeChecks.All, _ => Answers(), FixedClock.Today, crashing);

    public static RunnerHarness With(TestRepository repository, IReadOnlyList<Check> checks, Func<EnvironmentInventory, ITransportFactory> transports) =>
        new(repository, new InProcessExecutor(checks, transports, TimeProvider.System));

    public Task<int> RunAsync(params string[] extra)
    {
        var options = OptionParser.Parse(["run", "--env", repository.Environment, "--report-dir", repository.Reports, .. extra]);
        return new RunCommand(Console, Error, repository.Layout, executor, Clock).ExecuteAsync(options, CancellationToken.None);
    }

    private static FakeTransports Answers() => new(new Dictionary<string, string> { ["good"] = "compliant", ["bad"] = "port 23 open" });
}
