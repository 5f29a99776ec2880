using Compliance.Lab.Engine;
using Compliance.Lab.Scenarios;

namespace Compliance.Lab.Commands;

/// <summary>Applies or reverts a violation scenario by name (<c>lab break NAME</c>, <c>lab heal NAME</c>).</summary>
public static class ScenarioCommands
{
    public static async Task<int> ApplyAsync(LabContext lab, string name, bool heal)
    {
        var scenario = ScenarioLoader.LoadAll(lab.LabDirectory).FirstOrDefault(s => s.Name == name);
        if (scenario is null)
        {
            Console.Error.WriteLine($"unknown scenario '{name}' (see `lab list`)");
            return 2;
        }

        var result = await ScenarioRunner.ApplyAsync(lab, scenario, heal).ConfigureAwait(false);
        Console.Write(result.Output);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"{(heal ? "heal" : "break")} {name} failed");
            return 1;
        }

        Console.WriteLine($"{(heal ? "healed" : "broke")} {name} ({string.Join(' ', scenario.Requirements)})");
        return 0;
    }
}
