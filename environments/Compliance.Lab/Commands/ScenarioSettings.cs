using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary>The scenario named on the command line of <c>lab break</c> and <c>lab heal</c>.</summary>
public sealed class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "<SCENARIO>")]
    [System.ComponentModel.Description("A violation scenario (see lab list)")]
    public string Scenario { get; init; } = "";
}
