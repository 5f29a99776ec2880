namespace Compliance.Core.Catalog;

/// <summary>Every policy of the catalog, in file order.</summary>
public sealed record PolicyCatalog(IReadOnlyList<Policy> Policies)
{
    /// <summary>The policy with that ID, or null.</summary>
    public Policy? Find(string id) => Policies.FirstOrDefault(p => p.Id == id);
}
