using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Runner.Cli;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// Loads and validates every input before anything runs: the catalog, the environment (inventory and expected
/// state), waivers and attestations, and the selection. The first problem is an
/// <see cref="InputException"/> naming file:line:column and field.
/// </summary>
public static class InputValidator
{
    /// <summary>The waiver file of an environment.</summary>
    public const string WaiverFile = "waivers.yaml";

    /// <summary>The attestation file of an environment.</summary>
    public const string AttestationFile = "attestations.yaml";

    /// <summary>All inputs of a run, validated.</summary>
    public static RunInputs Load(RunOptions options, RepositoryLayout layout, CheckSuite suite)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(suite);
        var catalog = PolicyCatalogLoader.Load(layout.PoliciesDirectory);
        var environmentDirectory = layout.EnvironmentDirectory(options.Environment);
        var inventory = InventoryLoader.Load(environmentDirectory);
        var checks = suite.Checks;
        var waivers = WaiverLoader.Load(Path.Combine(environmentDirectory, WaiverFile), catalog, checks.Select(c => c.CheckId));
        var attestations = AttestationLoader.Load(Path.Combine(environmentDirectory, AttestationFile), environmentDirectory, catalog);
        foreach (var entry in inventory.NotApplicable.Where(e => catalog.Find(e.Target) is null && checks.All(c => c.CheckId != e.Target)))
        {
            throw new InputException(Path.Combine(environmentDirectory, InventoryLoader.InventoryFile), $"not_applicable: '{entry.Target}' is neither a requirement of the catalog nor a check of the suite");
        }

        var selection = Selection.From(options, catalog, checks);
        return new RunInputs(inventory.Directory, catalog, inventory, waivers, attestations, selection);
    }
}
