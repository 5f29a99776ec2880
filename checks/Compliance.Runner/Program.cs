using Compliance.Runner.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    console.Profile.Width = 160;
}

return await CommandLine.MainAsync(args, console, Console.Error).ConfigureAwait(false);
