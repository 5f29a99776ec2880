using Compliance.Core.Yaml;

namespace Compliance.Core.Catalog;

/// <summary>Reads one policy file: a <c>family</c> header {id, name} and its <c>policies</c>.</summary>
internal static class PolicyFileReader
{
    public static (PolicyFamily Family, YamlField FamilyId, IReadOnlyList<(Policy Policy, YamlField Id)> Policies) Read(string path)
    {
        var root = YamlFile.LoadMap(path);
        var header = root.RequiredMap("family");
        var familyIdField = header.Required("id");
        var familyId = familyIdField.AsText();
        if (!familyId.All(char.IsAsciiLetterUpper))
        {
            throw familyIdField.Error($"'{familyId}' is not a family ID (capital letters)");
        }

        var family = new PolicyFamily(familyId, header.RequiredText("name"), Path.GetFileName(path));
        header.RejectUnknownKeys();
        var policies = root.RequiredMapList("policies").Select(item => ReadPolicy(item, family)).ToList();
        root.RejectUnknownKeys();
        return (family, familyIdField, policies);
    }

    private static (Policy, YamlField) ReadPolicy(YamlMap item, PolicyFamily family)
    {
        var idField = item.Required("id");
        var id = idField.AsText();
        if (!PolicyIdentifiers.IsPolicyId(id))
        {
            throw idField.Error($"'{id}' is not a policy ID (like NET-07)");
        }

        var title = item.RequiredText("title");
        var statement = item.RequiredText("statement");
        var quote = item.RequiredText("source_quote");
        var rationale = item.RequiredText("rationale");
        var severity = item.RequiredEnum<Severity>("severity");
        var kind = item.RequiredEnum<PolicyKind>("kind");
        var status = item.RequiredEnum<PolicyStatus>("status");
        var mappings = item.RequiredMap("mappings");
        var iso = ReadControls(mappings, "iso27001", PolicyIdentifiers.IsIso27001Control, "an ISO/IEC 27001:2022 Annex A control (like A.8.20)");
        var nist = ReadControls(mappings, "nist_800_53", PolicyIdentifiers.IsNist80053Control, "a NIST SP 800-53 rev. 5 control (like SC-7(5))");
        mappings.RejectUnknownKeys();
        item.RejectUnknownKeys();
        var policy = new Policy(id, family.Id, title, statement, quote, rationale, severity, iso, nist, kind, status, family.SourceFile);
        return (policy, idField);
    }

    private static List<string> ReadControls(YamlMap mappings, string key, Func<string, bool> isValid, string shape)
    {
        var field = mappings.Required(key);
        var items = field.AsList();
        if (items.Count == 0)
        {
            throw field.Error("must not be empty");
        }

        var controls = new List<string>();
        foreach (var item in items)
        {
            var control = item.AsText();
            if (!isValid(control))
            {
                throw item.Error($"'{control}' is not {shape}");
            }

            if (controls.Contains(control))
            {
                throw item.Error($"'{control}' is listed twice");
            }

            controls.Add(control);
        }

        return controls;
    }
}
