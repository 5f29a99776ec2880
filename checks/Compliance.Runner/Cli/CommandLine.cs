using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Runner.Pipeline;
using Spectre.Console;

namespace Compliance.Runner.Cli;

/// <summary>The entry point of <c>compliance</c>: parses the command line and runs.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static async Task<int> MainAsync(IReadOnlyList<string> args, IAnsiConsole console, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        RunOptions options;
        RepositoryLayout layout;
        try
        {
            options = OptionParser.Parse(args);
            if (options.Help)
            {
                console.Profile.Out.Writer.WriteLine(HelpText.Usage);
                return ExitCodes.Compliant;
            }

            layout = RepositoryLayout.Find();
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        var command = new RunCommand(console, error, layout, CheckSuite.Standard(), TimeProvider.System);
        return await command.ExecuteAsync(options, interrupt.Token).ConfigureAwait(false);
    }
}
