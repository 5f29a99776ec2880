using Compliance.Lab.Commands;
using Compliance.Lab.Engine;
using Compliance.Lab.Topology;
using Spectre.Console;

try
{
    var lab = LabContext.FromEnvironment();
    return args.FirstOrDefault() switch
    {
        "up" => await UpCommand.RunAsync(lab, noInstall: args.Contains("--no-install")),
        "down" => await DownCommand.RunAsync(lab),
        "status" => await StatusCommand.RunAsync(lab, json: args.Contains("--json")),
        "exec" => ExecCommand.Run(lab, args.Skip(1).ToArray()),
        "list" => ScenarioCommands.List(lab),
        "break" when args.Length == 2 => await ScenarioCommands.ApplyAsync(lab, args[1], heal: false),
        "heal" when args.Length == 2 => await ScenarioCommands.ApplyAsync(lab, args[1], heal: true),
        "plan" => PlanCommand.Run(lab),
        "export" when args.Length == 3 && args[1] == "pulumi" => ExportCommand.Run(lab, args[2]),
        _ => Usage(),
    };
}
catch (TopologyException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 3;
}

static int Usage()
{
    AnsiConsole.MarkupLine("""
        usage: [bold]lab[/] up [[--no-install]] | down | status [[--json]] | exec HOST -- CMD... | list | break SCENARIO | heal SCENARIO
                   | plan | export pulumi DIR
        environment: LAB_INSTANCE (default lab) names the instance; namespaces are <instance>-<host>
        """);
    return 2;
}
