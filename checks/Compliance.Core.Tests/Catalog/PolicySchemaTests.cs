using System.Text.Json;
using Compliance.Core.Tests.Support;
using Json.Schema;

namespace Compliance.Core.Tests.Catalog;

/// <summary>The JSON Schema of the policy files agrees with the shipped files and rejects what the loader rejects.</summary>
public class PolicySchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Policies, "policy.schema.json"))));

    private static IEnumerable<string> PolicyFiles() =>
        Directory.GetFiles(RepositoryPaths.Policies, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static EvaluationResults Evaluate(string yamlPath) =>
        Schema.Value.Evaluate(YamlAsJson.Convert(yamlPath), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [TestCaseSource(nameof(PolicyFiles))]
    public void Every_policy_file_validates_against_the_schema(string file)
    {
        var result = Evaluate(Path.Combine(RepositoryPaths.Policies, file));
        Assert.That(result.IsValid, Is.True, () => JsonSerializer.Serialize(result));
    }

    [TestCase(5, "    owner: someone")]
    [TestCase(10, "    severity: urgent")]
    [TestCase(14, "      iso27001: [A.9.1]")]
    public void The_schema_rejects_an_unknown_field_a_bad_enum_and_a_bad_control(int line, string replacement)
    {
        using var folder = new TempFolder();
        var lines = PolicyYaml.Lines();
        if (replacement.Contains("owner", StringComparison.Ordinal))
        {
            lines.Insert(line, replacement);
        }
        else
        {
            lines[line - 1] = replacement;
        }

        Assert.That(Evaluate(folder.Write("bad.yaml", PolicyYaml.Text(lines))).IsValid, Is.False);
        Assert.That(Evaluate(folder.Write("good.yaml", PolicyYaml.Text(PolicyYaml.Lines()))).IsValid, Is.True);
    }
}
