using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Runner.Output;
using Compliance.Runner.Tests.Support;
using Spectre.Console.Testing;

namespace Compliance.Runner.Tests;

public sealed class RunProgressTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Without_a_terminal_a_run_prints_one_plain_line_per_finished_check()
    {
        using var repository = new TestRepository();
        var harness = RunnerHarness.WithFakeTransports(repository);

        await harness.RunAsync("--control", "NET-01", "--control", "NET-02");

        var lines = harness.Console.Output.Split('\n').Where(l => l.StartsWith('[')).Select(l => l.TrimEnd()).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines, Has.Some.Match(@"^\[[12]/2\] NET-01 \S+: Passed \(\d+\.\d s\)$"));
        Assert.That(lines, Has.Some.Match(@"^\[[12]/2\] NET-02 \S+: Failed \(\d+\.\d s\)$"));
    }

    [Test]
    public void The_live_display_counts_what_finished_and_names_what_runs_longest_first()
    {
        var clock = new SteppingClock(Noon);
        var console = new TestConsole().Width(120);
        var progress = new RunProgress(console, 3, clock);
        progress.Started(new FakeChecks.PassingCheck());
        clock.Now = Noon.AddSeconds(5);
        progress.Started(new FakeChecks.FailingCheck());
        clock.Now = Noon.AddSeconds(7);
        progress.Finished(Result("NET-02", Outcome.Failed));
        clock.Now = Noon.AddSeconds(75);

        console.Write(progress.Render());

        Assert.That(console.Output, Does.Contain("1/3 checks done · 1 failed · 0 not verified · 1:15 elapsed"));
        Assert.That(console.Output, Does.Contain($"running {new FakeChecks.PassingCheck().CheckId} (75 s)"));
        Assert.That(console.Output, Does.Not.Contain($"running {new FakeChecks.FailingCheck().CheckId}"));
    }

    private static CheckResult Result(string control, Outcome outcome) =>
        new(new FakeChecks.FailingCheck().CheckId, control, "t", outcome, "m", [], Noon, Noon.AddSeconds(2));

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
