namespace Compliance.Lab.Scenarios;

/// <summary>One step: a bash script run as root inside a lab host.</summary>
public sealed class ScenarioStep
{
    public string Host { get; init; } = "";

    public string Run { get; init; } = "";
}
