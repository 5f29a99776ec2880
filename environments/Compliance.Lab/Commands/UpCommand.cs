using System.Diagnostics;
using Compliance.Lab.Engine;
using Compliance.Lab.Planning;
using Compliance.Lab.Topology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab up</c>: installs missing packages (as root, unless --no-install), rebuilds an instance built from other
/// files than the lab's current ones, then applies the plan; ends when every service answered its readiness probe.</summary>
public sealed class UpCommand : AsyncCommand<UpCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--no-install")]
        [System.ComponentModel.Description("Do not install the missing Debian packages of packages.txt")]
        public bool NoInstall { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(LabContext.FromEnvironment(), settings.NoInstall);

    public static async Task<int> RunAsync(LabContext lab, bool noInstall)
    {
        if (!RootCheck.IsRoot())
        {
            AnsiConsole.MarkupLine("[red]lab up must run as root (namespaces, nftables, daemons)[/]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        if (!noInstall && !await PackageInstaller.EnsureAsync(lab))
        {
            return 1;
        }

        var plan = PlanBuilder.Build(TopologyLoader.Load(lab.TopologyPath));
        var sources = LabSources.Fingerprint(lab.LabDirectory);
        if (LabSources.IsStale(lab, sources))
        {
            AnsiConsole.MarkupLine($"lab [bold]{lab.Instance}[/] was built from other files than those in {Markup.Escape(lab.LabDirectory)} now: rebuilding it");
            if (await DownCommand.RunAsync(lab).ConfigureAwait(false) != 0)
            {
                return 1;
            }
        }

        LabSources.Record(lab, sources);
        var runner = new PlanRunner(lab, parallelism: 8, resourceTimeout: TimeSpan.FromMinutes(3));
        IReadOnlyList<(PlanResource Resource, string Reason)> failures = [];
        var started = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        var durations = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        runner.Progress += (resource, result) =>
        {
            if (result is null)
            {
                started[resource.Id] = clock.Elapsed;
            }
            else
            {
                durations[resource.Id] = clock.Elapsed - started[resource.Id];
            }
        };
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"lab [bold]{lab.Instance}[/] up", maxValue: plan.Resources.Count);
                runner.Progress += (resource, result) =>
                {
                    if (result is null)
                    {
                        task.Description = $"lab [bold]{lab.Instance}[/]: {Markup.Escape(resource.Description)}";
                        return;
                    }

                    task.Increment(1);
                };
                failures = await runner.ApplyAsync(plan, CancellationToken.None).ConfigureAwait(false);
                task.Description = $"lab [bold]{lab.Instance}[/] up";
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);

        foreach (var (resource, reason) in failures)
        {
            AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(resource.Id)}: {Markup.Escape(reason)}");
        }

        if (Environment.GetEnvironmentVariable("LAB_TIMINGS") == "1")
        {
            foreach (var (id, elapsed) in durations.OrderByDescending(d => d.Value).Take(15))
            {
                AnsiConsole.MarkupLine($"  {elapsed.TotalSeconds,6:F2} s  {Markup.Escape(id)} (started at {started[id].TotalSeconds:F2} s)");
            }
        }

        if (failures.Count > 0)
        {
            AnsiConsole.MarkupLine("[red]the lab is not complete[/]; `lab up` again repairs it, `lab down` removes it");
            return 1;
        }

        AnsiConsole.MarkupLine($"[green]lab {lab.Instance} is up[/]: {plan.Resources.Count} resources ready in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
