using Compliance.Lab.Planning;

namespace Compliance.Lab.Engine;

/// <summary>Applies a plan: runs every resource's create command once its dependencies succeeded, several at a time.</summary>
public sealed class PlanRunner(LabContext lab, int parallelism, TimeSpan resourceTimeout)
{
    /// <summary>Raised when a resource starts (<c>null</c> result) and when it ends.</summary>
    public event Action<PlanResource, ShellResult?>? Progress;

    /// <summary>Applies the plan; returns the resources that failed (or were skipped because a dependency failed).</summary>
    public async Task<IReadOnlyList<(PlanResource Resource, string Reason)>> ApplyAsync(LabPlan plan, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(parallelism);
        var failures = new List<(PlanResource, string)>();
        var tasks = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            var dependencies = resource.DependsOn.Select(d => tasks[d]).ToArray();
            tasks[resource.Id] = RunAsync(resource, dependencies, gate, failures, ct);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
        return failures;
    }

    private async Task<bool> RunAsync(PlanResource resource, Task<bool>[] dependencies, SemaphoreSlim gate,
        List<(PlanResource, string)> failures, CancellationToken ct)
    {
        var results = await Task.WhenAll(dependencies).ConfigureAwait(false);
        if (results.Any(ok => !ok))
        {
            Fail(failures, resource, "skipped: a dependency failed");
            return false;
        }

        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            Progress?.Invoke(resource, null);
            var result = await Shell.BashAsync(lab, resource.Create, resourceTimeout, ct).ConfigureAwait(false);
            Progress?.Invoke(resource, result);
            if (!result.Succeeded)
            {
                Fail(failures, resource, result.TimedOut ? "timed out" : result.Output.Trim());
            }

            return result.Succeeded;
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Fail(List<(PlanResource, string)> failures, PlanResource resource, string reason)
    {
        lock (failures)
        {
            failures.Add((resource, reason));
        }
    }
}
