using Compliance.Lab.Commands;
using Compliance.Lab.Topology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Cli;

/// <summary>
/// The <c>lab</c> command line: its verbs with their typed settings and generated help. Exit codes: what the verb
/// returns; 2 for a command line that does not parse (unknown verb, missing argument); 3 for a topology that does not load.
/// </summary>
public static class LabCommandLine
{
    /// <summary>Exit code of a command line that does not parse.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a topology that does not load.</summary>
    public const int TopologyError = 3;

    /// <summary>Runs the command line; without a verb it prints the help and returns <see cref="UsageError"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole? console = null)
    {
        var app = Create(console);
        if (args.Count == 0)
        {
            await app.RunAsync(["--help"]).ConfigureAwait(false);
            return UsageError;
        }

        return await app.RunAsync(args).ConfigureAwait(false);
    }

    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("lab");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.SetExceptionHandler((exception, _) => Handle(exception, console ?? AnsiConsole.Console));
            config.AddExample("up", "--no-install");
            config.AddExample("exec", "ml01", "--", "id", "-u");
            config.AddCommand<UpCommand>("up")
                .WithDescription("Build or repair the lab (LAB_INSTANCE, default lab); returns when every service is ready");
            config.AddCommand<DownCommand>("down").WithDescription("Remove everything the lab made, whatever state it is in");
            config.AddCommand<StatusCommand>("status").WithDescription("Segments, hosts, addresses, namespaces, service readiness (exit 0 = all up)");
            config.AddCommand<ExecCommand>("exec").WithDescription("Run a command inside a host (no command: a login shell)")
                .WithExample("exec", "ml01", "--", "id", "-u");
            config.AddCommand<ListCommand>("list").WithDescription("The violation scenarios");
            config.AddCommand<BreakCommand>("break").WithDescription("Apply a violation scenario to the running lab");
            config.AddCommand<HealCommand>("heal").WithDescription("Revert a violation scenario");
            config.AddCommand<PlanCommand>("plan").WithDescription("The resources and their dependencies");
            config.AddBranch("export", export =>
            {
                export.SetDescription("Export the plan");
                export.AddCommand<ExportCommand>("pulumi").WithDescription("The plan as a Pulumi YAML program (Pulumi.yaml + Pulumi.lab.yaml)");
            });
        });
        return app;
    }

    private static int Handle(Exception exception, IAnsiConsole console)
    {
        switch (exception)
        {
            case TopologyException:
                Console.Error.WriteLine(exception.Message);
                return TopologyError;
            case CommandAppException app:
                console.Write(app.Pretty ?? new Markup(Markup.Escape(app.Message) + "\n"));
                return UsageError;
            default:
                Console.Error.WriteLine(exception);
                return 1;
        }
    }
}
