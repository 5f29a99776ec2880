using Azure.Identity;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Graph.Tests;

public sealed class GraphCredentialFactoryTests
{
    private static readonly GraphCloud Global = GraphCloud.Resolve("global", null, null);

    private static GraphExpectation With(GraphCredentialExpectation? credential) => new()
    {
        TenantId = "4f1d2c3b-0000-4000-8000-00000000a001",
        ClientId = "4f1d2c3b-0000-4000-8000-00000000a002",
        Credential = credential,
    };

    [Test]
    public void Secret_file_relative_to_the_environment_gives_a_client_secret_credential()
    {
        var folder = Directory.CreateTempSubdirectory("graph-cred-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "graph.secret"), "not-a-real-secret\n");

            var credential = GraphCredentialFactory.Create(With(new() { Kind = "secret", File = "graph.secret" }), Global, folder.FullName);

            Assert.That(credential, Is.TypeOf<ClientSecretCredential>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Missing_certificate_file_is_named()
    {
        var error = Assert.Throws<GraphUnavailableException>(() =>
            GraphCredentialFactory.Create(With(new() { Kind = "certificate", File = "keys/absent.pem" }), Global, "/nonexistent-env"));

        Assert.That(error!.Message, Does.Contain("/nonexistent-env/keys/absent.pem"));
    }

    [Test]
    public void Section_without_credential_or_with_unknown_kind_is_refused()
    {
        Assert.That(() => GraphCredentialFactory.Create(With(null), Global, "/"), Throws.TypeOf<GraphUnavailableException>().With.Message.Contains("no credential"));
        Assert.That(() => GraphCredentialFactory.Create(With(new() { Kind = "password", Env = "X" }), Global, "/"),
            Throws.TypeOf<GraphUnavailableException>().With.Message.Contains("unknown credential kind"));
    }
}
