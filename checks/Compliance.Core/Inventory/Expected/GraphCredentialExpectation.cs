namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// Where the Graph application credential is kept: <c>kind</c> <c>certificate</c> (a PEM or PFX file) or <c>secret</c>.
/// <see cref="File"/> is a path (relative to the environment folder or absolute); <see cref="Env"/> names an environment
/// variable holding the secret or the certificate path; <see cref="PasswordEnv"/> names the variable holding a PFX password.
/// </summary>
public sealed record GraphCredentialExpectation : IDeclaresSecrets
{
    /// <summary><c>certificate</c> or <c>secret</c>.</summary>
    public string Kind { get; init; } = "certificate";

    /// <summary>Path of the certificate or of a file holding the secret (it must exist and be private at load).</summary>
    [CredentialFile]
    public string? File { get; init; }

    /// <summary>Name of the environment variable holding the secret (or the certificate path).</summary>
    public string? Env { get; init; }

    /// <summary>Name of the environment variable holding the PFX password.</summary>
    public string? PasswordEnv { get; init; }

    /// <summary>
    /// The client secret (kind <c>secret</c>: its variable or file) and the PFX password's variable. A certificate file is
    /// not read as a secret value: its private key is redacted by its form.
    /// </summary>
    public IEnumerable<SecretReference> SecretReferences()
    {
        if (Kind == "secret" && Env is not null)
        {
            yield return SecretReference.InVariable(Env);
        }

        if (Kind == "secret" && File is not null)
        {
            yield return SecretReference.InFile(File);
        }

        if (PasswordEnv is not null)
        {
            yield return SecretReference.InVariable(PasswordEnv);
        }
    }
}
