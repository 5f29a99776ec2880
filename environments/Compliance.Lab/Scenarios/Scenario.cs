namespace Compliance.Lab.Scenarios;

/// <summary>A violation scenario: how an operator would break one or more requirements, and how to revert it.</summary>
public sealed class Scenario
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public List<string> Requirements { get; init; } = [];

    public List<ScenarioStep> Break { get; init; } = [];

    public List<ScenarioStep> Heal { get; init; } = [];

    /// <summary>The family file it came from (network, encryption, ...).</summary>
    public string Family { get; set; } = "";
}
