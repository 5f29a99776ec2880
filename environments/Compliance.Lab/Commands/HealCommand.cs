using Compliance.Lab.Engine;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab heal NAME</c>: reverts a violation scenario.</summary>
public sealed class HealCommand : AsyncCommand<ScenarioSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken) =>
        ScenarioCommands.ApplyAsync(LabContext.FromEnvironment(), settings.Scenario, heal: true);
}
