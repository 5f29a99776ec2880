namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// One scenario of an expectations file: the families whose checks run, the checks that must fail and those that must be
/// Not verified; every other check of those families must pass.
/// </summary>
public sealed class ScenarioExpectation
{
    public string Scenario { get; set; } = "";

    public List<string> Families { get; set; } = [];

    public List<string> Failed { get; set; } = [];

    public List<string> NotVerified { get; set; } = [];

    public override string ToString() => Scenario;
}
