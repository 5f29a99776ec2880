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
            earlier = EarlierRuns.Load(options.Compare, reportsRoot, new RunSeries(inputs.Inventory.Name, CheckPass.KindOf(inputs), inputs.Selection.Scope, inputs.Selection.Description));
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
        var report = await new CheckPass(console, layout, suite, clock).RunAsync(inputs, runId, RunKinds.Standard, started, log, redactor, cancellationToken).ConfigureAwait(false);
        var current = RunRecord.Of(report);
        report = report with { Changes = earlier.ChangesTo(current), History = earlier.HistoryOf(current) };
        log.Write($"compared with {report.Changes.Compared?.RunId ?? "no run"}: {report.Changes.Basis}");
        var exitCode = ExitCodes.For(report.Requirements);
        var runDirectory = ReportWriter.WriteRun(report, reportsRoot, CheckPass.EvidenceFiles(inputs), redactor, signing);
        log.Write($"reports written to {runDirectory}; exit code {exitCode}");
        SummaryPrinter.Print(console, report, runDirectory, log.Path, exitCode);
        return exitCode;
    }
}
