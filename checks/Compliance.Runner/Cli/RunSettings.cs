using System.ComponentModel;
using Spectre.Console.Cli;

namespace Compliance.Runner.Cli;

/// <summary>The command line of <c>compliance run</c> (and <c>run-checks.sh</c>), typed; <see cref="ToOptions"/> is what the run uses.</summary>
public sealed class RunSettings : CommandSettings
{
    /// <summary><c>lab</c>, <c>production</c> or the path of an environment folder.</summary>
    [CommandOption("--env <ENV>")]
    [Description("lab (default; brought up first), production, or the path of an environment folder")]
    [DefaultValue("lab")]
    public string Environment { get; init; } = "lab";

    /// <summary>Requirement IDs to check.</summary>
    [CommandOption("--control <ID>")]
    [Description("Check only this requirement (repeatable), e.g. NET-07")]
    public string[] Controls { get; init; } = [];

    /// <summary>Families to check.</summary>
    [CommandOption("--family <NAME>")]
    [Description("Check only this family (repeatable): ID (NET), name, or policy file (network)")]
    public string[] Families { get; init; } = [];

    /// <summary>Where run folders go.</summary>
    [CommandOption("--report-dir <DIR>")]
    [Description("Where run folders go (default: reports/out); DIR/latest points at the newest run")]
    public string? ReportDirectory { get; init; }

    /// <summary>The run to compare with.</summary>
    [CommandOption("--compare <RUN>")]
    [Description("Compare with this run (a run ID of the report folder, latest, or a run folder) instead of the latest complete run of the same environment and selection")]
    public string? Compare { get; init; }

    /// <summary>A proposed change to try.</summary>
    [CommandOption("--change <PATH>")]
    [Description("Try a proposed change before it is made: a patch to the lab's files (git diff) or a change file of host/run steps (.yaml). Checks the lab as it stands, applies the change to a separate lab instance, checks it again, takes it down. Exit 1: it turns something Passed to Failed; 2: Passed to Not verified; 3: it cannot be applied")]
    public string? Change { get; init; }

    /// <summary>Do not bring the lab up first.</summary>
    [CommandOption("--no-lab-up")]
    [Description("Do not run 'environments/lab/lab up' before checking the lab")]
    public bool NoLabUp { get; init; }

    /// <summary>The options of the run.</summary>
    public RunOptions ToOptions() => new()
    {
        Environment = Environment,
        Controls = Controls,
        Families = Families,
        ReportDirectory = ReportDirectory,
        Compare = Compare,
        Change = Change,
        NoLabUp = NoLabUp,
    };
}
