namespace Compliance.Core.Inventory.Expected;

/// <summary>The antivirus product every server runs (AV-01).</summary>
[ExpectedSection("antivirus")]
public sealed record AntivirusExpectation
{
    /// <summary><c>clamav</c> (the lab) or <c>sep</c> (Symantec Endpoint Protection).</summary>
    public required string Product { get; init; }

    /// <summary>Servers that must run it, besides every host of <see cref="Segments"/>.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Segments whose every host must run it (e.g. <c>secure</c>, <c>dmz</c>).</summary>
    public IReadOnlyList<string> Segments { get; init; } = [];

    /// <summary>Hosts of those segments exempt from the check (e.g. a network appliance), each a deliberate entry.</summary>
    public IReadOnlyList<string> Exempt { get; init; } = [];

    /// <summary>The oldest acceptable definitions, in hours (each database's limit unless it sets its own).</summary>
    public required int MaxDefinitionAgeHours { get; init; }

    /// <summary>
    /// For a product with several signature databases (ClamAV), those every server must hold, each judged on its own;
    /// when empty, ClamAV's <c>main</c>, <c>daily</c> and <c>bytecode</c> with <see cref="MaxDefinitionAgeHours"/>.
    /// </summary>
    public IReadOnlyList<AntivirusDatabase> Databases { get; init; } = [];
}
