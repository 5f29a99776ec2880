using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Runner.Cli;
using Compliance.Runner.Pipeline;
using Spectre.Console.Testing;

namespace Compliance.Runner.Tests.Support;

/// <summary>Runs the pipeline on a <see cref="TestRepository"/> with a suite of the test's checks and keeps what it printed.</summary>
internal sealed class RunnerHarness(TestRepository repository, CheckSuite suite)
{
    public TestConsole Console { get; } = new TestConsole().Width(200);

    public StringWriter Error { get; } = new();

    public TimeProvider Clock { get; init; } = FixedClock.Today;

    public static RunnerHarness WithFakeTransports(TestRepository repository, params Check[] extra) => new(repository, FakeSuite(extra));

    public static CheckSuite FakeSuite(params Check[] extra) => new([.. FakeChecks.All, .. extra], _ => Answers());

    public static RunnerHarness With(TestRepository repository, IReadOnlyList<Check> checks, Func<EnvironmentInventory, ITransportFactory> transports) =>
        new(repository, new CheckSuite(checks, transports));

    public Task<int> RunAsync(params string[] extra) => RunAsync(CancellationToken.None, extra);

    public Task<int> RunAsync(CancellationToken cancellationToken, params string[] extra)
    {
        string[] args = ["run", "--env", repository.Environment, "--report-dir", repository.Reports, .. extra];
        return CommandLine.RunAsync(args, Console, Error, () => repository.Layout, suite, Clock, cancellationToken);
    }

    public Task<int> RunArgumentsAsync(params string[] args) =>
        CommandLine.RunAsync(args, Console, Error, () => repository.Layout, suite, Clock, CancellationToken.None);

    private static FakeTransports Answers() => new(new Dictionary<string, string> { ["good"] = "compliant", ["bad"] = "port 23 open" });
}
