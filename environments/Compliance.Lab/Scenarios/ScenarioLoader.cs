using Compliance.Lab.Topology;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Lab.Scenarios;

/// <summary>Reads <c>violations/*.yaml</c> (each a list of scenarios; the file name is the family).</summary>
public static class ScenarioLoader
{
    public static IReadOnlyList<Scenario> LoadAll(string labDirectory)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var scenarios = new List<Scenario>();
        foreach (var file in Directory.GetFiles(Path.Combine(labDirectory, "violations"), "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                foreach (var scenario in deserializer.Deserialize<List<Scenario>>(File.ReadAllText(file)) ?? [])
                {
                    scenario.Family = Path.GetFileNameWithoutExtension(file);
                    scenarios.Add(scenario);
                }
            }
            catch (YamlException e)
            {
                throw new TopologyException($"{file}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
            }
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Name).Where(g => g.Count() > 1))
        {
            throw new TopologyException($"duplicate scenario '{duplicate.Key}'");
        }

        return scenarios;
    }
}
