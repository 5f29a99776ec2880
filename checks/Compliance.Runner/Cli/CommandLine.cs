using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Runner.Change;
using Compliance.Runner.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Runner.Cli;

/// <summary>
/// The command line of <c>compliance</c>: <c>run</c> and <c>verify</c> with typed settings and generated help. A command line that does
/// not parse is bad input: <c>error: command line: ...</c> on stderr and exit code 3, before anything runs.
/// </summary>
public static class CommandLine
{
    private const string RunDescription =
        "Check an environment against the policy catalog and write report.html, junit.xml, results.json, evidence/ and "
        + "manifest.sha256 to DIR/<run-id>/. Every input is validated first. Exit codes: 0 all compliant; 1 a requirement "
        + "Failed; 2 none Failed but one Not verified (also a run stopped by Ctrl-C); 3 bad input.";

    /// <summary>Runs the command line against this repository with the standard suite; Ctrl-C cancels the run.</summary>
    public static async Task<int> MainAsync(IReadOnlyList<string> args, IAnsiConsole console, TextWriter error)
    {
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        return await RunAsync(args, console, error, RepositoryLayout.Find, CheckSuite.Standard(), TimeProvider.System, interrupt.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the command line with the given repository, suite and clock.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IAnsiConsole console,
        TextWriter error,
        Func<RepositoryLayout> layout,
        CheckSuite suite,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(layout);
        if (MissingValues.First<RunSettings>(args) is { } option)
        {
            await error.WriteLineAsync($"error: command line: {option} needs a value; see --help").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("compliance");
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            config.SetExceptionHandler((e, _) =>
            {
                error.WriteLine($"error: command line: {e.Message}; see --help");
                return ExitCodes.BadInput;
            });
            config.AddAsyncDelegate<RunSettings>("run", async (_, settings, _) =>
                {
                    try
                    {
                        var options = settings.ToOptions();
                        return options.Change is null
                            ? await new RunCommand(console, error, layout(), suite, clock).ExecuteAsync(options, cancellationToken).ConfigureAwait(false)
                            : await new ChangeRunCommand(console, error, layout(), suite, clock).ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
                    }
                    catch (InputException e)
                    {
                        await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                        return ExitCodes.BadInput;
                    }
                })
                .WithDescription(RunDescription)
                .WithExample("run", "--family", "NET")
                .WithExample("run", "--change", "environments/lab/changes/secure-zone-partner-sftp.yaml")
                .WithExample("run", "--env", "/etc/compliance/production", "--report-dir", "/var/lib/compliance/reports");
            config.AddAsyncDelegate<VerifySettings>("verify", async (_, settings, _) =>
                    await new VerifyCommand(console, error).ExecuteAsync(settings.Folder, settings.Trust).ConfigureAwait(false))
                .WithDescription("Verify a run folder: every file against manifest.sha256, no file added or removed, and the manifest's signature "
                    + "(manifest.sha256.p7s) by the trusted certificate, valid at the signing time. Exit codes: 0 verified; 1 a problem (each is printed); 3 bad input.")
                .WithExample("verify", "reports/out/latest", "--trust", "/etc/compliance/production/keys/report-signing.crt");
        });
        return await app.RunAsync(args.Count == 0 ? ["--help"] : args, cancellationToken).ConfigureAwait(false);
    }
}
