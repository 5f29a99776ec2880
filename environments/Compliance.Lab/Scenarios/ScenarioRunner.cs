using Compliance.Lab.Engine;

namespace Compliance.Lab.Scenarios;

/// <summary>Applies a scenario's break or heal steps inside the hosts, in order; stops at the first failing step.</summary>
public static class ScenarioRunner
{
    public static async Task<ShellResult> ApplyAsync(LabContext lab, Scenario scenario, bool heal, CancellationToken ct = default)
    {
        var output = new System.Text.StringBuilder();
        foreach (var step in heal ? scenario.Heal : scenario.Break)
        {
            var result = await Shell.RunAsync([.. lab.EnterHost(step.Host), "bash", "-euo", "pipefail", "-c", step.Run], lab, TimeSpan.FromMinutes(2),
                new Dictionary<string, string> { ["LAB_SCENARIO"] = scenario.Name }, ct).ConfigureAwait(false);
            output.Append(result.Output);
            if (!result.Succeeded)
            {
                return result with { Output = $"{step.Host}: {output}" };
            }
        }

        return new ShellResult(0, output.ToString(), false);
    }
}
