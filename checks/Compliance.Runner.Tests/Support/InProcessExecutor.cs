using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Core.Transport;
using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Tests.Support;

/// <summary>
/// Runs checks in the test process the way the NUnit suite does (not applicable first, then the check), against
/// transports the test chooses. <paramref name="crashing"/> checks are listed but record no result, like a crash.
/// </summary>
internal sealed class InProcessExecutor(
    IReadOnlyList<Check> checks,
    Func<EnvironmentInventory, ITransportFactory> transports,
    TimeProvider clock,
    params CheckInfo[] crashing) : ICheckExecutor
{
    public IReadOnlyList<CheckInfo> DiscoverChecks() =>
        [.. checks.Select(c => new CheckInfo(c.CheckId, c.ControlId, c.ControlId[..3], $"InProcess.{c.CheckId}")), .. crashing];

    public async Task<IReadOnlyList<CheckResult>> ExecuteAsync(RunInputs inputs, RunLog log, CancellationToken cancellationToken)
    {
        var factory = transports(inputs.Inventory);
        var context = new CheckContext(inputs.Inventory, factory, clock);
        var results = new List<CheckResult>();
        foreach (var info in inputs.Selection.Checks)
        {
            if (checks.FirstOrDefault(c => c.CheckId == info.CheckId) is not { } check)
            {
                continue;
            }

            results.Add(NotApplicableRule.ReasonFor(inputs.Inventory, check.CheckId, check.ControlId) is { } reason
                ? new CheckResult(check.CheckId, check.ControlId, check.Title, Outcome.NotApplicable, reason, [], clock.GetUtcNow(), clock.GetUtcNow())
                : await check.RunAsync(context, cancellationToken));
        }

        if (factory is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        return results;
    }
}
