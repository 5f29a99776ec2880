using Compliance.Lab.Engine;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab break NAME</c>: applies a violation scenario to the running lab.</summary>
public sealed class BreakCommand : AsyncCommand<ScenarioSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken) =>
        ScenarioCommands.ApplyAsync(LabContext.FromEnvironment(), settings.Scenario, heal: false);
}
