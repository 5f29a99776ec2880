using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Probes.Transport;

namespace Compliance.Controls.Tests.Lab;

/// <summary>Runs checks against the lab instance through the runner's run object (a fresh run each time: no probe is reused across runs).</summary>
internal static class LabRun
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(EnvironmentInventory inventory, IEnumerable<Check> checks)
    {
        await using var run = new CheckRun(inventory, new TransportFactory(inventory, [new NetnsTransportProvider()]), new CheckRunOptions { SweepGate = LabPool.Sweeps });
        var results = await run.RunAsync(checks);
        foreach (var r in results)
        {
            TestContext.Out.WriteLine($"{r.ControlId} {r.CheckId}: {r.Outcome} ({(r.EndedUtc - r.StartedUtc).TotalSeconds:0.0} s): {r.Message}");
            if (r.Outcome != Outcome.Passed)
            {
                foreach (var e in r.Evidence)
                {
                    TestContext.Out.WriteLine($"    [{e.Vantage} -> {e.Target}] {e.Probe}: expected {e.Expected}; observed {e.Observed}");
                }
            }
        }

        return results;
    }

    /// <summary>Runs until <paramref name="settled"/> holds or the deadline passes; returns the last results.</summary>
    public static async Task<IReadOnlyList<CheckResult>> UntilAsync(EnvironmentInventory inventory, IReadOnlyList<Check> checks, Func<IReadOnlyList<CheckResult>, bool> settled, TimeSpan deadline)
    {
        var end = DateTime.UtcNow + deadline;
        while (true)
        {
            var results = await RunAsync(inventory, checks);
            if (settled(results) || DateTime.UtcNow > end)
            {
                return results;
            }

            TestContext.Out.WriteLine("-- not settled yet, probing again");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    public static string Describe(IEnumerable<CheckResult> results, Outcome outcome) =>
        string.Join(", ", results.Where(r => r.Outcome == outcome).Select(r => r.CheckId).Order(StringComparer.Ordinal));
}
