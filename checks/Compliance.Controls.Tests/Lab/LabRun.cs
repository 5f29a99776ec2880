using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Probes.Transport;

namespace Compliance.Controls.Tests.Lab;

/// <summary>Runs checks in-process, all at once, against the lab instance (a fresh context per run: no probe is reused across runs).</summary>
internal static class LabRun
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(EnvironmentInventory inventory, IEnumerable<Check> checks)
    {
        await using var transports = new TransportFactory(inventory, [new NetnsTransportProvider()]);
        var context = new CheckContext(inventory, transports, TimeProvider.System);
        var results = await Task.WhenAll(checks.Select(c => Task.Run(() => c.RunAsync(context))));
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

    public static string Describe(IEnumerable<CheckResult> results, Outcome outcome) =>
        string.Join(", ", results.Where(r => r.Outcome == outcome).Select(r => r.CheckId).Order(StringComparer.Ordinal));
}
