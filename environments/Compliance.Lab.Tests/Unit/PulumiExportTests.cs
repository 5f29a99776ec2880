using Compliance.Lab.Export;
using Compliance.Lab.Planning;
using Compliance.Lab.Tests.Support;
using Compliance.Lab.Topology;
using YamlDotNet.RepresentationModel;

namespace Compliance.Lab.Tests.Unit;

public class PulumiExportTests
{
    private string directory = "";

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("lab-pulumi-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void The_program_holds_every_plan_resource_as_a_local_command_with_its_dependencies()
    {
        var plan = PlanBuilder.Build(TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml")));
        PulumiExporter.Write(plan, LabFolder.Context("lab"), directory);

        var root = Load("Pulumi.yaml");
        Assert.That(((YamlScalarNode)root["runtime"]).Value, Is.EqualTo("yaml"));
        var resources = (YamlMappingNode)root["resources"];
        Assert.That(resources.Children.Keys.Select(k => ((YamlScalarNode)k).Value), Is.EquivalentTo(plan.Resources.Select(r => r.Id)));
        foreach (var resource in plan.Resources)
        {
            var node = (YamlMappingNode)resources[resource.Id];
            var properties = (YamlMappingNode)node["properties"];
            Assert.That(((YamlScalarNode)node["type"]).Value, Is.EqualTo("command:local:Command"));
            Assert.That(((YamlScalarNode)properties["create"]).Value, Is.EqualTo(resource.Create));
            Assert.That(((YamlScalarNode)properties["delete"]).Value, Is.EqualTo(resource.Delete));
            var dependsOn = resource.DependsOn.Count == 0
                ? []
                : ((YamlSequenceNode)((YamlMappingNode)node["options"])["dependsOn"]).Select(n => ((YamlScalarNode)n).Value).ToList();
            Assert.That(dependsOn, Is.EquivalentTo(resource.DependsOn.Select(d => $"${{{d}}}")), resource.Id);
        }
    }

    [Test]
    public void The_lab_stack_configures_the_lab_folder_and_instance()
    {
        var plan = PlanBuilder.Build(TopologyLoader.Load(Path.Combine(LabFolder.Directory, "topology.yaml")));
        PulumiExporter.Write(plan, LabFolder.Context("labq"), directory);

        var config = (YamlMappingNode)Load("Pulumi.lab.yaml")["config"];

        Assert.That(((YamlScalarNode)config["compliance-lab:labInstance"]).Value, Is.EqualTo("labq"));
        Assert.That(((YamlScalarNode)config["compliance-lab:labDir"]).Value, Is.EqualTo(LabFolder.Directory));
    }

    private YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(directory, file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
