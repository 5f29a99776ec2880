using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Core.Tests.Inventory;

/// <summary>Loading an environment reads the secret values its inputs refer to, so the run's redactor knows them from the start.</summary>
[NonParallelizable]
public sealed class InventorySecretsTests
{
    private const string RadiusSection = """
        server: 198.18.30.14
        secret_file: secrets/radius
        vantage: gateway
        probe_account: radius-probe
        room_vlan: "110"
        identities:
          - {name: infra01, config: /etc/eapol/infra01.conf, expect: accept}
        """;

    [Test]
    public void Shared_secret_file_and_ssh_key_file_are_read_into_the_inventory_secrets()
    {
        using var env = new TempEnvironment().WithExpected("radius", RadiusSection);
        Write(env, "secrets/radius", "s3cr3t-radius-Xy\n");
        Write(env, "keys/id", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END OPENSSH PRIVATE KEY-----\n");

        var inventory = InventoryLoader.Load(env.Directory);

        Assert.That(inventory.Secrets, Is.EquivalentTo(new[]
        {
            "s3cr3t-radius-Xy",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END OPENSSH PRIVATE KEY-----",
        }));
    }

    [Test]
    public void Missing_secret_files_leave_the_secrets_empty_and_loading_succeeds()
    {
        using var env = new TempEnvironment().WithExpected("radius", RadiusSection);

        Assert.That(InventoryLoader.Load(env.Directory).Secrets, Is.Empty);
    }

    [Test]
    public void Graph_client_secret_and_pfx_password_are_read_from_their_variables()
    {
        const string SecretVariable = "COMPLIANCE_TEST_INVENTORY_GRAPH_SECRET";
        const string PasswordVariable = "COMPLIANCE_TEST_INVENTORY_PFX_PASSWORD";
        Environment.SetEnvironmentVariable(SecretVariable, "graph-client-secret-Q8~x");
        Environment.SetEnvironmentVariable(PasswordVariable, "pfx-password-77");
        try
        {
            var secret = new GraphCredentialExpectation { Kind = "secret", Env = SecretVariable };
            var certificate = new GraphCredentialExpectation { Kind = "certificate", File = "keys/app.pfx", PasswordEnv = PasswordVariable };

            Assert.That(new GraphExpectation { Credential = secret }.SecretReferences().Select(r => r.Read("/nonexistent")), Is.EqualTo(new[] { "graph-client-secret-Q8~x" }));
            Assert.That(certificate.SecretReferences().Select(r => r.Read("/nonexistent")), Is.EqualTo(new[] { "pfx-password-77" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SecretVariable, null);
            Environment.SetEnvironmentVariable(PasswordVariable, null);
        }
    }

    private static void Write(TempEnvironment env, string relative, string content)
    {
        var path = Path.Combine(env.Directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
