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
    public static RunInputs Load(RunOptions options, RepositoryLayout layout, CheckSuite suite) => Load(options, layout, suite, null);

    /// <summary>
    /// All inputs of a run of the lab instance <paramref name="labInstance"/> built from <paramref name="labDirectory"/>
    /// (null: the environment of <paramref name="options"/>, its instance from <c>LAB_INSTANCE</c>), validated.
    /// </summary>
    public static RunInputs Load(RunOptions options, RepositoryLayout layout, CheckSuite suite, (string Directory, string Instance)? lab)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(suite);
        var catalog = PolicyCatalogLoader.Load(layout.PoliciesDirectory);
        var environmentDirectory = lab?.Directory ?? layout.EnvironmentDirectory(options.Environment);
        var inventory = lab is { } instance ? LabEnvironment.Load(instance.Directory, instance.Instance) : InventoryLoader.Load(environmentDirectory);
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
