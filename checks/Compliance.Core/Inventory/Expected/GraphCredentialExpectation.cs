namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// Where the Graph application credential is kept: <c>kind</c> <c>certificate</c> (a PEM or PFX file) or <c>secret</c>.
/// <see cref="File"/> is a path (relative to the environment folder or absolute); <see cref="Env"/> names an environment
/// variable holding the secret or the certificate path; <see cref="PasswordEnv"/> names the variable holding a PFX password.
/// </summary>
public sealed record GraphCredentialExpectation
{
    /// <summary><c>certificate</c> or <c>secret</c>.</summary>
    public string Kind { get; init; } = "certificate";

    /// <summary>Path of the certificate or of a file holding the secret.</summary>
    public string? File { get; init; }

    /// <summary>Name of the environment variable holding the secret (or the certificate path).</summary>
    public string? Env { get; init; }

    /// <summary>Name of the environment variable holding the PFX password.</summary>
    public string? PasswordEnv { get; init; }
}
