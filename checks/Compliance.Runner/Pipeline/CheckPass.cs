using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;
using Compliance.Core.Redaction;
using Compliance.Core.Results;
using Compliance.Runner.Output;
using Spectre.Console;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// One pass of the selected checks over one environment: execute them in-process (with the progress display and a line
/// per check in the run log), resolve outcomes as of the start day, and describe the run. A run of the environment as it
/// stands makes one pass; a change run makes one over the baseline and one over the changed lab instance.
/// </summary>
public sealed class CheckPass(IAnsiConsole console, RepositoryLayout layout, CheckSuite suite, TimeProvider clock)
{
    /// <summary>Runs the checks of <paramref name="inputs"/> and returns the resolved run of kind <paramref name="runKind"/>, started at <paramref name="started"/> (not yet compared).</summary>
    public async Task<RunReport> RunAsync(RunInputs inputs, string runId, string runKind, DateTimeOffset started, RunLog log, Redactor redactor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(log);
        console.MarkupLine($"Running {inputs.Selection.Checks.Count} checks for {inputs.Selection.Policies.Count} requirements ...");
        var results = await ChecksAsync(inputs, log, redactor, cancellationToken).ConfigureAwait(false);
        var complete = !cancellationToken.IsCancellationRequested;
        if (!complete)
        {
            log.Write("the run was cancelled: unfinished checks are Not verified (cancelled)");
            console.MarkupLine("[yellow]Cancelled: the report holds what finished; the rest is Not verified.[/]");
        }

        var requirements = new OutcomeResolver(inputs.Waivers, inputs.Attestations, inputs.Inventory, DateOnly.FromDateTime(started.UtcDateTime))
            .Resolve(inputs.Selection.Policies, results);
        foreach (var r in requirements)
        {
            log.Write($"{r.Policy.Id}: {r.Outcome.Label}: {r.Message}");
        }

        return new RunReport(Metadata(inputs, runId, runKind, started, complete), requirements);
    }

    /// <summary>The files of attestation evidence a run of <paramref name="inputs"/> stores with its reports.</summary>
    public static List<string> EvidenceFiles(RunInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ids = inputs.Selection.Policies.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return [.. inputs.Attestations.Where(a => ids.Contains(a.ControlId))
            .Select(a => Path.GetFullPath(Path.Combine(inputs.EnvironmentDirectory, a.EvidenceFile)))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The environment kind as the reports write it (<c>lab</c>, <c>production</c>).</summary>
    public static string KindOf(RunInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Inventory.Kind.ToString().ToLowerInvariant();
    }

    private RunMetadata Metadata(RunInputs inputs, string runId, string runKind, DateTimeOffset started, bool complete) => new(
        runId,
        inputs.Inventory.Name,
        KindOf(inputs),
        started,
        clock.GetUtcNow(),
        RunIdentity.ToolVersion(),
        RunIdentity.GitCommit(layout.Root),
        RunIdentity.InventorySha256(inputs.EnvironmentDirectory),
        inputs.Selection.Description,
        complete,
        InputHashes.Of(layout.PoliciesDirectory, inputs.EnvironmentDirectory))
    {
        RunKind = runKind,
        Scope = inputs.Selection.Scope,
    };

    private async Task<IReadOnlyList<CheckResult>> ChecksAsync(RunInputs inputs, RunLog log, Redactor redactor, CancellationToken cancellationToken)
    {
        if (inputs.Selection.Checks.Count == 0)
        {
            log.Write("no check selected");
            return [];
        }

        var progress = new RunProgress(console, inputs.Selection.Checks.Count, clock);
        var options = new CheckRunOptions
        {
            Clock = clock,
            Graph = suite.Graph,
            Redactor = redactor,
            Started = progress.Started,
            Finished = r =>
            {
                log.Write($"{r.ControlId} {r.CheckId}: {r.Outcome.Label} ({(r.EndedUtc - r.StartedUtc).TotalSeconds:0.0} s): {r.Message}");
                progress.Finished(r);
            },
        };
        await using var run = new CheckRun(inputs.Inventory, suite.Transports(inputs.Inventory), options);
        var work = run.RunAsync(inputs.Selection.Checks, cancellationToken);
        return RunProgress.CanRedraw(console) ? await progress.ShowWhileAsync(work).ConfigureAwait(false) : await work.ConfigureAwait(false);
    }
}
