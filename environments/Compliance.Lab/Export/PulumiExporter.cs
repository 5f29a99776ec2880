using Compliance.Lab.Engine;
using Compliance.Lab.Planning;
using YamlDotNet.Serialization;

namespace Compliance.Lab.Export;

/// <summary>Writes the plan as a Pulumi YAML program of <c>command:local:Command</c> resources (create, delete,
/// dependsOn) plus the <c>lab</c> stack's configuration (lab folder and instance).</summary>
public static class PulumiExporter
{
    public static void Write(LabPlan plan, LabContext lab, string directory)
    {
        Directory.CreateDirectory(directory);
        var serializer = new SerializerBuilder().Build();
        File.WriteAllText(Path.Combine(directory, "Pulumi.yaml"), serializer.Serialize(Program(plan)));
        File.WriteAllText(Path.Combine(directory, "Pulumi.lab.yaml"), serializer.Serialize(StackConfig(lab)));
    }

    public static Dictionary<string, object> Program(LabPlan plan)
    {
        var resources = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            var body = new Dictionary<string, object>
            {
                ["type"] = "command:local:Command",
                ["properties"] = new Dictionary<string, object>
                {
                    ["create"] = resource.Create,
                    ["delete"] = resource.Delete,
                    ["dir"] = "${labDir}",
                    ["environment"] = new Dictionary<string, object> { ["LAB_INSTANCE"] = "${labInstance}", ["LAB_DIR"] = "${labDir}" },
                },
            };
            if (resource.DependsOn.Count > 0)
            {
                body["options"] = new Dictionary<string, object> { ["dependsOn"] = resource.DependsOn.Select(d => $"${{{d}}}").ToList() };
            }

            resources[resource.Id] = body;
        }

        return new Dictionary<string, object>
        {
            ["name"] = "compliance-lab",
            ["runtime"] = "yaml",
            ["description"] = "The compliance lab: network namespaces, firewall and daemons of the secure ML environment replica",
            ["config"] = new Dictionary<string, object>
            {
                ["labDir"] = new Dictionary<string, object> { ["type"] = "string" },
                ["labInstance"] = new Dictionary<string, object> { ["type"] = "string", ["default"] = "lab" },
            },
            ["resources"] = resources,
        };
    }

    public static Dictionary<string, object> StackConfig(LabContext lab) => new()
    {
        ["config"] = new Dictionary<string, object>
        {
            ["compliance-lab:labDir"] = lab.LabDirectory,
            ["compliance-lab:labInstance"] = lab.Instance,
        },
    };
}
