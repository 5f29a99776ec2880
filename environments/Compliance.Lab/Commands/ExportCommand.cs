using Compliance.Lab.Engine;
using Compliance.Lab.Export;
using Compliance.Lab.Planning;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Commands;

/// <summary><c>lab export pulumi DIR</c>: the plan as a Pulumi YAML program.</summary>
public static class ExportCommand
{
    public static int Run(LabContext lab, string directory)
    {
        var plan = PlanBuilder.Build(TopologyLoader.Load(lab.TopologyPath));
        PulumiExporter.Write(plan, lab, directory);
        Console.WriteLine($"wrote {Path.Combine(directory, "Pulumi.yaml")} and Pulumi.lab.yaml ({plan.Resources.Count} resources)");
        return 0;
    }
}
