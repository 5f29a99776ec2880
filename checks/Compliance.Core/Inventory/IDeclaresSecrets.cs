namespace Compliance.Core.Inventory;

/// <summary>
/// An expected-state section that names where secret values are kept (a shared secret's file, a private key, a
/// credential's variable). The loader reads them into <see cref="EnvironmentInventory.Secrets"/> so that the run's
/// redactor knows them before any check runs.
/// </summary>
public interface IDeclaresSecrets
{
    /// <summary>Where this section's secrets are kept.</summary>
    IEnumerable<SecretReference> SecretReferences();
}
