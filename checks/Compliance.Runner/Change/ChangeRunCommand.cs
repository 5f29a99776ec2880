using Compliance.Core.Changes;
using Compliance.Core.Drift;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Redaction;
using Compliance.Core.Results;
using Compliance.Reports;
using Compliance.Runner.Cli;
using Compliance.Runner.Output;
using Compliance.Runner.Pipeline;
using Spectre.Console;

namespace Compliance.Runner.Change;

/// <summary>
/// A pre-change run (<c>--change FILE</c>): checks the lab as it stands (the baseline instance, or an earlier baseline of
/// the same inputs), applies the change to a separate lab instance built beside it (a patched copy of the lab's files, or
/// the change file's steps run in its hosts), runs the same selection there, takes that instance down whatever happens,
/// and reports what the change would break and fix. The baseline instance is only brought up and checked, never changed.
/// A change that cannot be applied is bad input: exit 3 with the reason, and no change report.
/// </summary>
public sealed class ChangeRunCommand(IAnsiConsole console, TextWriter error, RepositoryLayout layout, CheckSuite suite, TimeProvider clock)
{
    /// <summary>The basis of a change run's comparison.</summary>
    public const string BaselineBasis = "the baseline of this change: the lab as it stands, same selection";

    /// <summary>Runs the change of <paramref name="options"/> and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return await RunAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }

    private async Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        if (!RepositoryLayout.IsEmbeddedLab(options.Environment))
        {
            throw new InputException("command line", $"--change: a change is tried on the lab only, not on --env {options.Environment}");
        }

        if (options.Compare is not null)
        {
            throw new InputException("command line", "--change with --compare: a change run is compared with its own baseline");
        }

        var inputs = InputValidator.Load(options, layout, suite);
        var baselineInstance = LabEnvironment.Instance(null);
        var changeInstance = ChangeInstance.NameFor(baselineInstance);
        var change = ChangeFileLoader.Load(options.Change!, [.. inputs.Inventory.Hosts.Select(h => h.Name)]);
        using var patched = change.Format == ChangeFormat.Patch ? PatchedLab.Create(layout, change) : null;
        var changeInputs = LoadChanged(options, patched?.LabDirectory ?? inputs.EnvironmentDirectory, changeInstance);

        var reportsRoot = Path.GetFullPath(options.ReportDirectory ?? layout.DefaultReportsDirectory);
        var started = clock.GetUtcNow();
        var runId = RunIdentity.NewRunId(started);
        var redactor = new Redactor([.. inputs.Inventory.Secrets, .. changeInputs.Inventory.Secrets]);
        using var log = new RunLog(Path.Combine(reportsRoot, "logs", runId + ".log"), clock, redactor);
        log.Write($"change run {runId}: {change.File} (SHA-256 {change.Sha256}), baseline instance {baselineInstance}, change instance {changeInstance}, {inputs.Selection.Description}");
        if (!options.NoLabUp)
        {
            console.MarkupLine($"Bringing the lab up (instance {Markup.Escape(baselineInstance)}) ...");
            await LabStarter.UpAsync(layout.LabScript, log, cancellationToken).ConfigureAwait(false);
        }

        using var signing = SigningMaterial.Load(inputs.Inventory.ReportSigning);
        var pass = new CheckPass(console, layout, suite, clock);
        var lab = new LabProcess(patched?.LabScript ?? layout.LabScript, changeInstance, log);
        RunReport report;
        (RunRecord Record, bool Reused)? baseline;
        try
        {
            // The change is applied first: one that cannot be applied stops the run before any check.
            console.MarkupLine($"Bringing the change's lab instance {Markup.Escape(changeInstance)} up ...");
            await lab.UpAsync(cancellationToken).ConfigureAwait(false);
            await ApplyStepsAsync(lab, change, cancellationToken).ConfigureAwait(false);
            baseline = cancellationToken.IsCancellationRequested ? null
                : await BaselineAsync(inputs, pass, reportsRoot, log, redactor, signing, cancellationToken).ConfigureAwait(false);
            if (baseline is null)
            {
                return Cancelled(log);
            }

            console.MarkupLine("With the change:");
            report = await pass.RunAsync(changeInputs, runId, RunKinds.Change, clock.GetUtcNow(), log, redactor, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException) when (cancellationToken.IsCancellationRequested)
        {
            return Cancelled(log);
        }
        finally
        {
            console.MarkupLine($"Taking the change's lab instance {Markup.Escape(changeInstance)} down ...");
            if (!await lab.DownAsync().ConfigureAwait(false))
            {
                log.Write($"lab down of instance {changeInstance} failed: take it down with LAB_INSTANCE={changeInstance} environments/lab/lab down");
                await error.WriteLineAsync($"warning: the lab instance {changeInstance} did not come down (see {log.Path})").ConfigureAwait(false);
            }
        }

        report = report with { Metadata = report.Metadata with { StartedUtc = started } };
        var impact = ChangeImpact.Of(baseline.Value.Record, report.Requirements);
        report = report with
        {
            Changes = RunComparer.Compare(baseline.Value.Record, RunRecord.Of(report), requested: false) with { Basis = BaselineBasis },
            Change = new ChangeRun(change, baseline.Value.Record.RunId, baseline.Value.Record.StartedUtc, baseline.Value.Reused, changeInstance, impact),
        };
        var exitCode = report.Metadata.Complete || impact.ExitCode == ExitCodes.Failed ? impact.ExitCode : ExitCodes.NotVerified;
        var runDirectory = ReportWriter.WriteRun(report, reportsRoot, CheckPass.EvidenceFiles(changeInputs), redactor, signing);
        log.Write($"change reports written to {runDirectory}; exit code {exitCode}");
        ChangeImpactPrinter.Print(console, report.Change);
        SummaryPrinter.Print(console, report, runDirectory, log.Path, exitCode);
        return exitCode;
    }

    private RunInputs LoadChanged(RunOptions options, string labDirectory, string instance)
    {
        try
        {
            return InputValidator.Load(options, layout, suite, (labDirectory, instance));
        }
        catch (InputException e)
        {
            throw new InputException($"{e.Message} (the lab's files with the change applied)", e);
        }
    }

    private async Task<(RunRecord Record, bool Reused)?> BaselineAsync(
        RunInputs inputs, CheckPass pass, string reportsRoot, RunLog log, Redactor redactor, System.Security.Cryptography.X509Certificates.X509Certificate2? signing, CancellationToken cancellationToken)
    {
        var series = new RunSeries(inputs.Inventory.Name, CheckPass.KindOf(inputs), inputs.Selection.Scope, inputs.Selection.Description);
        var hashes = InputHashes.Of(layout.PoliciesDirectory, inputs.EnvironmentDirectory);
        if (BaselineRuns.Reusable(reportsRoot, series, hashes, RunIdentity.GitCommit(layout.Root)) is { } earlier)
        {
            log.Write($"baseline: {earlier.RunId} (same inputs, commit and selection)");
            console.MarkupLine($"Baseline: {Markup.Escape(earlier.RunId)}, an earlier baseline of the same inputs, commit and selection");
            return (earlier, true);
        }

        console.MarkupLine("Baseline, the lab as it stands:");
        var started = clock.GetUtcNow();
        var report = await pass.RunAsync(inputs, RunIdentity.NewRunId(started), RunKinds.ChangeBaseline, started, log, redactor, cancellationToken).ConfigureAwait(false);
        report = report with { Changes = RunChanges.Nothing("a change's baseline is compared with no other run") };
        var folder = ReportWriter.WriteRun(report, reportsRoot, CheckPass.EvidenceFiles(inputs), redactor, signing);
        log.Write($"baseline {report.Metadata.RunId} written to {folder}");
        console.MarkupLine($"Baseline: {Markup.Escape(folder)}");
        return report.Metadata.Complete ? (RunRecord.Of(report), false) : null;
    }

    private async Task ApplyStepsAsync(LabProcess lab, ProposedChange change, CancellationToken cancellationToken)
    {
        for (var i = 0; i < change.Steps.Count; i++)
        {
            var step = change.Steps[i];
            console.MarkupLine($"Applying step {i + 1} of {change.Steps.Count} on {Markup.Escape(step.Host)} ...");
            var (exitCode, last) = await lab.ExecAsync(step.Host, step.Run, cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                var what = exitCode is null ? "did not finish in 2 minutes" : $"failed with exit code {exitCode}";
                throw new InputException(change.File, step.Line, 1, $"steps[{i}]", $"the step on {step.Host} {what}{(last.Length > 0 ? ": " + last : string.Empty)}; the change cannot be applied");
            }
        }
    }

    private int Cancelled(RunLog log)
    {
        log.Write("the change run was cancelled before the change was checked");
        console.MarkupLine("[yellow]Cancelled before the change was checked: no change report.[/]");
        return ExitCodes.NotVerified;
    }
}
