using Azure.Core;
using Azure.Identity;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Graph;

/// <summary>
/// The app-only credential from where the inventory says it is kept (a file or an environment variable); the
/// inventory never holds the secret. The same <see cref="SecretReference"/>s are read when the inventory is loaded, so the
/// run's redactor knows the secret before Graph is reached. Messages name the file or variable, never its content.
/// </summary>
public static class GraphCredentialFactory
{
    /// <summary>A <see cref="ClientCertificateCredential"/> or <see cref="ClientSecretCredential"/> for the cloud's authority.</summary>
    public static TokenCredential Create(GraphExpectation settings, GraphCloud cloud, string environmentDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cloud);
        var kept = settings.Credential ?? throw new GraphUnavailableException("the graph section names no credential");
        if (string.IsNullOrWhiteSpace(settings.TenantId) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new GraphUnavailableException("the graph section needs tenant_id and client_id");
        }

        var options = new ClientCertificateCredentialOptions { AuthorityHost = cloud.AuthorityHost };
        options.Retry.MaxRetries = 2;
        switch (kept.Kind)
        {
            case "certificate":
                var path = FromEnvironment(kept.Env) ?? Resolve(kept.File, environmentDirectory)
                    ?? throw new GraphUnavailableException("the certificate credential needs file or env");
                if (!File.Exists(path))
                {
                    throw new GraphUnavailableException($"certificate file '{path}' does not exist");
                }

                return kept.PasswordEnv is null
                    ? new ClientCertificateCredential(settings.TenantId, settings.ClientId, path, options)
                    : new ClientCertificateCredential(settings.TenantId, settings.ClientId,
                        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, FromEnvironment(kept.PasswordEnv)), options);
            case "secret":
                var secret = (kept.Env is null ? null : SecretReference.InVariable(kept.Env).Read(environmentDirectory))
                    ?? (kept.File is null ? null : SecretReference.InFile(kept.File).Read(environmentDirectory))
                    ?? throw new GraphUnavailableException($"the secret credential is empty: set the environment variable {kept.Env ?? "(none named)"} or the file");
                var secretOptions = new ClientSecretCredentialOptions { AuthorityHost = cloud.AuthorityHost };
                secretOptions.Retry.MaxRetries = 2;
                return new ClientSecretCredential(settings.TenantId, settings.ClientId, secret, secretOptions);
            default:
                throw new GraphUnavailableException($"unknown credential kind '{kept.Kind}' (expected certificate or secret)");
        }
    }

    private static string? FromEnvironment(string? variable) =>
        variable is null ? null : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;

    private static string? Resolve(string? file, string directory) =>
        file is null ? null : Path.IsPathRooted(file) ? file : Path.Combine(directory, file);
}
