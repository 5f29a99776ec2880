namespace Compliance.Runner.Cli;

/// <summary>The options of <c>compliance run</c>.</summary>
public sealed record RunOptions
{
    /// <summary><c>lab</c>, <c>production</c> or a path to an environment folder.</summary>
    public string Environment { get; init; } = "lab";

    /// <summary>Requirement IDs to check (none: all).</summary>
    public IReadOnlyList<string> Controls { get; init; } = [];

    /// <summary>Families to check, by ID (<c>NET</c>), name or file stem (<c>network</c>) (none: all).</summary>
    public IReadOnlyList<string> Families { get; init; } = [];

    /// <summary>Where run folders go (default <c>reports/out</c> of the repository).</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>The run to compare with (a run ID of the report folder, or a run folder); null: the latest complete run of the same environment and selection.</summary>
    public string? Compare { get; init; }

    /// <summary>A proposed change to try on a separate lab instance (a patch, or a change file of steps); null: check the environment as it stands.</summary>
    public string? Change { get; init; }

    /// <summary>Skip <c>environments/lab/lab up</c> before checking the lab.</summary>
    public bool NoLabUp { get; init; }
}
