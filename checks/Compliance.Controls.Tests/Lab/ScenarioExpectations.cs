using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Controls.Tests.Lab;

/// <summary>Reads every <c>Lab/expectations/*.yaml</c> (one file per family owner).</summary>
internal static class ScenarioExpectations
{
    public static IReadOnlyList<ScenarioExpectation> All()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Lab", "expectations");
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => yaml.Deserialize<List<ScenarioExpectation>>(File.ReadAllText(f)) ?? [])];
    }
}
