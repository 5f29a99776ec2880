using Compliance.Core.Inputs;

namespace Compliance.Core.Catalog;

/// <summary>
/// Loads the policy catalog: every <c>*.yaml</c> file of the policies folder (one family per file), strictly:
/// unknown fields, duplicate keys, missing fields, bad values and a policy ID defined twice are rejected with
/// <c>file:line:column: field: problem</c>.
/// </summary>
public static class PolicyCatalogLoader
{
    /// <summary>The catalog of <paramref name="policiesDirectory"/>, files in name order.</summary>
    public static PolicyCatalog Load(string policiesDirectory)
    {
        ArgumentNullException.ThrowIfNull(policiesDirectory);
        if (!Directory.Exists(policiesDirectory))
        {
            throw new InputException(policiesDirectory, "policy directory not found");
        }

        var files = Directory.GetFiles(policiesDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputException(policiesDirectory, "no policy files (*.yaml)");
        }

        var policies = new List<Policy>();
        var families = new List<PolicyFamily>();
        var firstDefinition = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (family, header, filePolicies) = PolicyFileReader.Read(file);
            if (families.FirstOrDefault(f => f.Id == family.Id) is { } earlier)
            {
                throw header.ErrorAt(header.Node("id"), "id", $"family '{family.Id}' is already defined in {earlier.SourceFile}");
            }

            families.Add(family);
            foreach (var (policy, fields) in filePolicies)
            {
                if (firstDefinition.TryGetValue(policy.Id, out var first))
                {
                    throw fields.ErrorAt(fields.Node("id"), "id", $"duplicate policy ID '{policy.Id}' (first defined at {first})");
                }

                firstDefinition.Add(policy.Id, $"{file}:{fields.Node("id").Line}:{fields.Node("id").Column}");
                policies.Add(policy);
            }
        }

        return new PolicyCatalog(policies) { Families = families };
    }
}
