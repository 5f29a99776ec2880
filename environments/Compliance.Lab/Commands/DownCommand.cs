using System.Diagnostics;
using Compliance.Lab.Engine;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab down</c>: removes every process, namespace, mount and state file of the instance, in whatever state it is.</summary>
public sealed class DownCommand : AsyncCommand
{
    public override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
        RunAsync(LabContext.FromEnvironment());

    public static async Task<int> RunAsync(LabContext lab)
    {
        var clock = Stopwatch.StartNew();
        var result = await AnsiConsole.Status().StartAsync($"removing lab {lab.Instance}", _ =>
            Shell.BashAsync(lab, "bash scripts/down.sh", TimeSpan.FromMinutes(2))).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            AnsiConsole.MarkupLine($"[red]lab down failed[/]\n{Markup.Escape(result.Output)}");
            return 1;
        }

        AnsiConsole.MarkupLine($"[green]lab {lab.Instance} removed[/] in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
