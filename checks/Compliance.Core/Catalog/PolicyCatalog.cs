namespace Compliance.Core.Catalog;

/// <summary>Every policy of the catalog, in file order.</summary>
public sealed record PolicyCatalog(IReadOnlyList<Policy> Policies)
{
    /// <summary>The families of the catalog (one per policy file), in file order.</summary>
    public IReadOnlyList<PolicyFamily> Families { get; init; } = [];

    /// <summary>The policy with that ID, or null.</summary>
    public Policy? Find(string id) => Policies.FirstOrDefault(p => p.Id == id);
}
