using System.Globalization;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// One run of checks against one environment. It owns what the checks share (inventory, transports, probe cache,
/// Graph connector, sweep gate) and decides what no check decides for itself: the not-applicable rule, the order
/// (long sweeps first, so the short checks overlap them), each check's deadline and cancellation. A check past its
/// deadline is Not verified "timed out after N s" and the run goes on; once the run is cancelled, running checks stop
/// and every unfinished check is Not verified "cancelled". Nothing a check does can make the run throw.
/// </summary>
public sealed class CheckRun : IAsyncDisposable
{
    private readonly ITransportFactory transports;
    private readonly bool ownsTransports;
    private readonly CheckRunOptions options;
    private readonly CancellationTokenSource stopped = new();
    private readonly ScanGate scanGate;
    private readonly bool ownsScanGate;

    /// <summary>Creates the run; it disposes <paramref name="transports"/> when <paramref name="ownsTransports"/>.</summary>
    public CheckRun(EnvironmentInventory inventory, ITransportFactory transports, CheckRunOptions? options = null, bool ownsTransports = true)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(transports);
        this.transports = transports;
        this.ownsTransports = ownsTransports;
        this.options = options ?? new CheckRunOptions();
        Inventory = inventory;
        ownsScanGate = this.options.SweepGate is null;
        scanGate = this.options.SweepGate ?? new ScanGate(this.options.ConcurrentSweeps);
        Context = new CheckContext(inventory, transports, this.options.Clock, this.options.Graph, scanGate, this.options.Redactor, stopped.Token);
    }

    /// <summary>The environment under check.</summary>
    public EnvironmentInventory Inventory { get; }

    /// <summary>What the checks of this run share.</summary>
    public CheckContext Context { get; }

    /// <summary>Runs <paramref name="checks"/> (long ones first, at most the configured number at once); results in the given order.</summary>
    public async Task<IReadOnlyList<CheckResult>> RunAsync(IEnumerable<Check> checks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var list = checks.ToList();
        using var stopOnCancel = cancellationToken.Register(Stop);
        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallelism));
        var order = list.Select((check, index) => (check, index)).OrderByDescending(x => x.check.IsLong).ToList();
        var results = new CheckResult[list.Count];
        await Task.WhenAll(order.Select(async x => results[x.index] = await InSlotAsync(x.check, slots, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one check: Not applicable per the inventory, else the check within its deadline.</summary>
    public async Task<CheckResult> RunOneAsync(Check check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        var clock = options.Clock;
        var started = clock.GetUtcNow();
        if (NotApplicableRule.ReasonFor(Inventory, check.CheckId, check.ControlId) is { } reason)
        {
            return Finish(Result(check, Outcome.NotApplicable, reason, [], started));
        }

        if (cancellationToken.IsCancellationRequested || stopped.IsCancellationRequested)
        {
            return Finish(Cancelled(check, [], started));
        }

        options.Started?.Invoke(check);
        using var deadline = new CheckDeadline(check.Deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopped.Token, deadline.Token);
        var evidence = new EvidenceLog(clock, Context.Redactor);
        var work = Task.Run(
            () =>
            {
                deadline.Enter();
                return check.RunAsync(Context, evidence, linked.Token);
            },
            CancellationToken.None);
        try
        {
            return Finish(await work.WaitAsync(linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (deadline.Expired && !cancellationToken.IsCancellationRequested && !stopped.IsCancellationRequested)
        {
            var seconds = check.Deadline.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Finish(Result(check, Outcome.NotVerified, $"timed out after {seconds} s: the check had not established its fact within its deadline", evidence.Items, started));
        }
        catch (OperationCanceledException)
        {
            return Finish(Cancelled(check, evidence.Items, started));
        }
    }

    /// <summary>Stops every running check and cached probe of the run.</summary>
    public void Stop()
    {
        try
        {
            stopped.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the run is over
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Stop();
        if (ownsTransports && transports is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        if (ownsScanGate)
        {
            scanGate.Dispose();
        }

        stopped.Dispose();
    }

    private async Task<CheckResult> InSlotAsync(Check check, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return await RunOneAsync(check, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await RunOneAsync(check, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private CheckResult Cancelled(Check check, IReadOnlyList<Core.Evidence.EvidenceItem> evidence, DateTimeOffset started) =>
        Result(check, Outcome.NotVerified, "cancelled: the run was stopped before this check finished", evidence, started);

    private CheckResult Result(Check check, Outcome outcome, string message, IReadOnlyList<Core.Evidence.EvidenceItem> evidence, DateTimeOffset started) =>
        new(check.CheckId, check.ControlId, check.Title, outcome, message, evidence, started, options.Clock.GetUtcNow());

    private CheckResult Finish(CheckResult result)
    {
        options.Finished?.Invoke(result);
        return result;
    }
}
