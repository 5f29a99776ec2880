using Compliance.Controls.Framework;
using Compliance.Core.Drift;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Redaction;
using Compliance.Core.Results;
using Compliance.Reports;
using Compliance.Runner.Cli;
using Compliance.Runner.Output;
using Spectre.Console;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// One run: validate every input (bad input: message on stderr, exit 3, no report), bring the lab up when it is
/// the target, execute the selected checks, resolve outcomes, write the reports, print the summary, return the exit code.
/// </summary>
public sealed class RunCommand(IAnsiConsole console, TextWriter error, RepositoryLayout layout, CheckSuite suite, TimeProvider clock)
{
    /// <summary>Runs with the given options and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(started.UtcDateTime);
        RunInputs inputs;
        try
        {
            inputs = InputValidator.Load(options, layout, suite);
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var reportsRoot = Path.GetFullPath(options.ReportDirectory ?? layout.DefaultReportsDirectory);
        EarlierRuns earlier;
        try
        {
            earlier = EarlierRuns.Load(options.Compare, reportsRoot, new RunSeries(inputs.Inventory.Name, KindOf(inputs), inputs.Selection.Scope, inputs.Selection.Description));
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var runId = RunIdentity.NewRunId(started);
        var redactor = new Redactor(inputs.Inventory.Secrets);
        using var log = new RunLog(Path.Combine(reportsRoot, "logs", runId + ".log"), clock, redactor);
        log.Write($"run {runId}: environment {inputs.Inventory.Name} ({inputs.EnvironmentDirectory}), {inputs.Selection.Description}");
        foreach (var problem in earlier.Unreadable)
        {
            log.Write($"an earlier run is not compared with: {problem}");
        }

        try
        {
            if (RepositoryLayout.IsEmbeddedLab(options.Environment) && !options.NoLabUp)
            {
                console.MarkupLine("Bringing the lab up ...");
                await LabStarter.UpAsync(layout.LabScript, log, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InputException e)
        {
            log.Write(e.Message);
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        System.Security.Cryptography.X509Certificates.X509Certificate2? signer;
        try
        {
            signer = SigningMaterial.Load(inputs.Inventory.ReportSigning);
        }
        catch (InputException e)
        {
            log.Write(e.Message);
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using var signing = signer;
        console.MarkupLine($"Running {inputs.Selection.Checks.Count} checks for {inputs.Selection.Policies.Count} requirements ...");
        var results = await ChecksAsync(inputs, log, redactor, cancellationToken).ConfigureAwait(false);
        var complete = !cancellationToken.IsCancellationRequested;
        if (!complete)
        {
            log.Write("the run was cancelled: unfinished checks are Not verified (cancelled)");
            console.MarkupLine("[yellow]Cancelled: the report holds what finished; the rest is Not verified.[/]");
        }

        var requirements = new OutcomeResolver(inputs.Waivers, inputs.Attestations, inputs.Inventory, today)
            .Resolve(inputs.Selection.Policies, results);
        var report = new RunReport(Metadata(inputs, runId, started, complete), requirements);
        var current = RunRecord.Of(report);
        report = report with { Changes = earlier.ChangesTo(current), History = earlier.HistoryOf(current) };
        log.Write($"compared with {report.Changes.Compared?.RunId ?? "no run"}: {report.Changes.Basis}");
        var exitCode = ExitCodes.For(requirements);
        foreach (var r in requirements)
        {
            log.Write($"{r.Policy.Id}: {r.Outcome.Label}: {r.Message}");
        }

        var runDirectory = ReportWriter.WriteRun(report, reportsRoot, EvidenceFiles(inputs), redactor, signing);
        log.Write($"reports written to {runDirectory}; exit code {exitCode}");
        SummaryPrinter.Print(console, report, runDirectory, log.Path, exitCode);
        return exitCode;
    }

    private static string KindOf(RunInputs inputs) => inputs.Inventory.Kind.ToString().ToLowerInvariant();

    private RunMetadata Metadata(RunInputs inputs, string runId, DateTimeOffset started, bool complete) => new(
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
        RunKind = RunKinds.Standard,
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

    private static List<string> EvidenceFiles(RunInputs inputs)
    {
        var ids = inputs.Selection.Policies.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return [.. inputs.Attestations.Where(a => ids.Contains(a.ControlId))
            .Select(a => Path.GetFullPath(Path.Combine(inputs.EnvironmentDirectory, a.EvidenceFile)))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)];
    }
}
