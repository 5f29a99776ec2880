using System.Collections.Concurrent;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Framework;

/// <summary>The run object: deadlines that count only working time, stopping hung checks, the shared probe cache, order and the not-applicable rule.</summary>
public sealed class CheckRunTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Waiting_for_the_sweep_gate_does_not_count_against_a_checks_deadline()
    {
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = new Probe("Holder", TimeSpan.FromSeconds(30), async (context, ct) =>
            await context.ScanGate.RunAsync(async () => { holding.SetResult(); await Task.Delay(TimeSpan.FromSeconds(3), ct); return "swept"; }, ct));
        var waiter = new Probe("Waiter", TimeSpan.FromSeconds(1), async (context, ct) =>
        {
            await holding.Task.WaitAsync(ct);
            return await context.ScanGate.RunAsync(() => Task.FromResult("swept too"), ct);
        });
        await using var run = Run(sweeps: 1);

        var results = await run.RunAsync([holder, waiter]).WaitAsync(Guard);

        Assert.That(results.Select(r => (r.Title, r.Outcome)), Is.EqualTo(new[] { ("Holder", Outcome.Passed), ("Waiter", Outcome.Passed) }),
            string.Join("; ", results.Select(r => r.Message)));
    }

    [Test]
    public async Task A_check_that_ignores_its_token_is_stopped_at_its_deadline_and_the_others_finish()
    {
        var hung = new Probe("Hung", TimeSpan.FromSeconds(1), async (_, _) => { await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None); return "never"; });
        var quick = new Probe("Quick", TimeSpan.FromSeconds(30), (_, _) => Task.FromResult("done"));
        await using var run = Run();

        var results = await run.RunAsync([hung, quick]).WaitAsync(Guard);

        Assert.That(results[0].Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(results[0].Message, Does.StartWith("timed out after 1 s"));
        Assert.That(results[1].Outcome, Is.EqualTo(Outcome.Passed));
    }

    [Test]
    public async Task A_cached_probe_outlives_the_deadline_of_the_check_that_started_it()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> Shared(CheckContext context, CancellationToken ct) => context.Probes.GetAsync("shared", async probeToken =>
        {
            started.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(2), probeToken);
            return "answer";
        }, ct);
        var impatient = new Probe("Impatient", TimeSpan.FromSeconds(1), Shared);
        var patient = new Probe("Patient", TimeSpan.FromSeconds(30), async (context, ct) => { await started.Task.WaitAsync(ct); return await Shared(context, ct); });
        await using var run = Run();

        var results = await run.RunAsync([impatient, patient]).WaitAsync(Guard);

        Assert.That(results[0].Message, Does.StartWith("timed out after 1 s"));
        Assert.That((results[1].Outcome, results[1].Message), Is.EqualTo((Outcome.Passed, "answer")));
    }

    [Test]
    public async Task Long_checks_start_first()
    {
        var order = new ConcurrentQueue<string>();
        Probe Recording(string name, bool isLong) => new(name, TimeSpan.FromSeconds(30), (_, _) => { order.Enqueue(name); return Task.FromResult("ok"); }, isLong);
        await using var run = Run(parallelism: 1);

        var results = await run.RunAsync([Recording("ShortOne", false), Recording("Sweep", true), Recording("ShortTwo", false)]);

        Assert.That(order, Is.EqualTo(new[] { "Sweep", "ShortOne", "ShortTwo" }));
        Assert.That(results.Select(r => r.Title), Is.EqualTo(new[] { "ShortOne", "Sweep", "ShortTwo" }), "results keep the order asked for");
    }

    [Test]
    public async Task A_check_or_requirement_named_not_applicable_is_not_run()
    {
        var ran = 0;
        var check = new Probe("Declared", TimeSpan.FromSeconds(30), (_, _) => { Interlocked.Increment(ref ran); return Task.FromResult("ran"); });
        await using var run = Run(notApplicable: [new NotApplicableEntry("NET-01", "no such segment here")]);

        var result = await run.RunOneAsync(check);

        Assert.That((result.Outcome, result.Message), Is.EqualTo((Outcome.NotApplicable, "Not applicable to unit: no such segment here")));
        Assert.That(ran, Is.Zero);
    }

    [Test]
    public async Task Checks_still_waiting_when_the_run_is_cancelled_are_not_verified_cancelled()
    {
        using var interrupt = new CancellationTokenSource();
        var slow = new Probe("Slow", TimeSpan.FromSeconds(60), async (_, ct) => { interrupt.Cancel(); await Task.Delay(Timeout.InfiniteTimeSpan, ct); return "never"; });
        var queued = new Probe("Queued", TimeSpan.FromSeconds(60), (_, _) => Task.FromResult("ran"));
        await using var run = Run(parallelism: 1);

        var results = await run.RunAsync([slow, queued], interrupt.Token).WaitAsync(Guard);

        Assert.That(results.Select(r => (r.Outcome, r.Message[..9])), Is.EqualTo(new[] { (Outcome.NotVerified, "cancelled"), (Outcome.NotVerified, "cancelled") }));
    }

    private static CheckRun Run(int parallelism = CheckRunOptions.DefaultParallelism, int sweeps = 3, IReadOnlyList<NotApplicableEntry>? notApplicable = null)
    {
        var inventory = new EnvironmentInventory("unit", EnvironmentKind.Lab, "/nonexistent", [], [], [], notApplicable ?? [], new ExpectedState(new Dictionary<Type, object>()));
        return new CheckRun(inventory, new NoHosts(), new CheckRunOptions { Parallelism = parallelism, ConcurrentSweeps = sweeps });
    }

    /// <summary>A check named by its title (every instance shares the class name as check ID).</summary>
    private sealed class Probe(string name, TimeSpan deadline, Func<CheckContext, CancellationToken, Task<string>> work, bool isLong = false) : Check
    {
        public override string ControlId => "NET-01";

        public override string Title => name;

        public override TimeSpan Deadline => deadline;

        public override bool IsLong => isLong;

        protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken) =>
            Verdict.Pass(await work(context, cancellationToken));
    }

    private sealed class NoHosts : ITransportFactory
    {
        public Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default) =>
            throw new TransportException($"no host {hostName}");
    }
}
