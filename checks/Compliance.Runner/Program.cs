using Compliance.Runner.Cli;
using Spectre.Console;

return await CommandLine.MainAsync(args, AnsiConsole.Console, Console.Error).ConfigureAwait(false);
