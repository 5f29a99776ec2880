using Compliance.Lab.Engine;
using Compliance.Lab.Planning;
using Compliance.Lab.Topology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab plan</c>: the resources, in dependency order.</summary>
public sealed class PlanCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken) => Run(LabContext.FromEnvironment());

    public static int Run(LabContext lab)
    {
        var plan = PlanBuilder.Build(TopologyLoader.Load(lab.TopologyPath));
        var table = new Table().AddColumns("resource", "depends on", "create");
        foreach (var resource in plan.Resources)
        {
            table.AddRow(Markup.Escape(resource.Id), Markup.Escape(string.Join(", ", resource.DependsOn)), Markup.Escape(resource.Create));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
