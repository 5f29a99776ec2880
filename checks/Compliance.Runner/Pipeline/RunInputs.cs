using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Runner.Pipeline;

/// <summary>Every validated input of a run.</summary>
public sealed record RunInputs(
    string EnvironmentDirectory,
    PolicyCatalog Catalog,
    EnvironmentInventory Inventory,
    IReadOnlyList<Waiver> Waivers,
    IReadOnlyList<Attestation> Attestations,
    Selection Selection);
