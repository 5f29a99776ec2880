using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Controls.Tests.Lab;

/// <summary>A violation scenario of <c>environments/lab/violations/*.yaml</c>: its name and the requirements it breaks.</summary>
public sealed class LabScenario
{
    public string Name { get; set; } = "";

    public List<string> Requirements { get; set; } = [];

    public override string ToString() => Name;

    /// <summary>Every scenario of the lab, and every variant of the recorded tenant (<c>environments/lab/tenant/violations/NAME</c>).</summary>
    public static (IReadOnlyList<LabScenario> Scenarios, IReadOnlyList<string> TenantVariants) All()
    {
        var lab = Path.Combine(Compliance.Core.RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory), "environments", "lab");
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var scenarios = Directory.GetFiles(Path.Combine(lab, "violations"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => yaml.Deserialize<List<LabScenario>>(File.ReadAllText(f)) ?? []).ToList();
        var variants = Directory.GetDirectories(Path.Combine(lab, "tenant", "violations")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return (scenarios, variants);
    }
}
