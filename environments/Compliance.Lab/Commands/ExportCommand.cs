using Compliance.Lab.Engine;
using Compliance.Lab.Export;
using Compliance.Lab.Planning;
using Compliance.Lab.Topology;
using Spectre.Console.Cli;

namespace Compliance.Lab.Commands;

/// <summary><c>lab export pulumi DIR</c>: the plan as a Pulumi YAML program.</summary>
public sealed class ExportCommand : Command<ExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [System.ComponentModel.Description("Folder to write Pulumi.yaml and Pulumi.lab.yaml to")]
        public string Directory { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(LabContext.FromEnvironment(), settings.Directory);

    public static int Run(LabContext lab, string directory)
    {
        var plan = PlanBuilder.Build(TopologyLoader.Load(lab.TopologyPath));
        PulumiExporter.Write(plan, lab, directory);
        Console.WriteLine($"wrote {Path.Combine(directory, "Pulumi.yaml")} and Pulumi.lab.yaml ({plan.Resources.Count} resources)");
        return 0;
    }
}
