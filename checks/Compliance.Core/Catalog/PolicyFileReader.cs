using Compliance.Core.Yaml;

namespace Compliance.Core.Catalog;

/// <summary>Reads one policy file: a <c>family</c> header {id, name} and its <c>policies</c>.</summary>
internal static class PolicyFileReader
{
    private static readonly string[] RootFields = ["family", "policies"];
    private static readonly string[] FamilyFields = ["id", "name"];
    private static readonly string[] PolicyFields =
        ["id", "title", "statement", "source_quote", "rationale", "severity", "kind", "status", "mappings"];

    private static readonly string[] MappingFields = ["iso27001", "nist_800_53"];

    /// <summary>The family and policies of <paramref name="path"/>, each with the fields it was read from (for later errors at its <c>id</c>).</summary>
    public static (PolicyFamily Family, YamlFields Header, IReadOnlyList<(Policy Policy, YamlFields Fields)> Policies) Read(string path)
    {
        var root = Fields(path, YamlTree.ReadOrEmpty(path), string.Empty, RootFields);
        var header = Fields(path, root.Node("family"), root.Field("family"), FamilyFields);
        var familyId = header.Text("id");
        if (!familyId.All(char.IsAsciiLetterUpper))
        {
            throw header.ErrorAt(header.Node("id"), "id", $"'{familyId}' is not a family ID (capital letters)");
        }

        var family = new PolicyFamily(familyId, header.Text("name"), Path.GetFileName(path));
        var policies = root.NonEmptyList("policies")
            .Select((node, i) => ReadPolicy(Fields(path, node, $"policies[{i}]", PolicyFields), family))
            .ToList();
        return (family, header, policies);
    }

    private static YamlFields Fields(string path, YamlNode? node, string field, string[] allowed) =>
        new(path, node, field, allowed, listAllowed: false);

    private static (Policy, YamlFields) ReadPolicy(YamlFields item, PolicyFamily family)
    {
        var id = item.Text("id");
        if (!PolicyIdentifiers.IsPolicyId(id))
        {
            throw item.ErrorAt(item.Node("id"), "id", $"'{id}' is not a policy ID (like NET-07)");
        }

        var title = item.Text("title");
        var statement = item.Text("statement");
        var quote = item.Text("source_quote");
        var rationale = item.Text("rationale");
        var severity = item.Enum<Severity>("severity");
        var kind = item.Enum<PolicyKind>("kind");
        var status = item.Enum<PolicyStatus>("status");
        var mappings = Fields(item.File, item.Node("mappings"), item.Field("mappings"), MappingFields);
        var iso = ReadControls(mappings, "iso27001", PolicyIdentifiers.IsIso27001Control, "an ISO/IEC 27001:2022 Annex A control (like A.8.20)");
        var nist = ReadControls(mappings, "nist_800_53", PolicyIdentifiers.IsNist80053Control, "a NIST SP 800-53 rev. 5 control (like SC-7(5))");
        var policy = new Policy(id, family.Id, title, statement, quote, rationale, severity, iso, nist, kind, status, family.SourceFile);
        return (policy, item);
    }

    private static List<string> ReadControls(YamlFields mappings, string key, Func<string, bool> isValid, string shape)
    {
        var nodes = mappings.NonEmptyList(key);
        var texts = mappings.TextList(key, required: true);
        var controls = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var control = texts[i];
            var problem = !isValid(control) ? $"'{control}' is not {shape}"
                : controls.Contains(control) ? $"'{control}' is listed twice"
                : null;
            if (problem is not null)
            {
                throw mappings.ErrorAt(nodes[i], $"{key}[{i}]", problem);
            }

            controls.Add(control);
        }

        return controls;
    }
}
