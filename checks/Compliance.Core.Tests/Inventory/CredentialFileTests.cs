using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

/// <summary>A key or certificate file an input names must exist and be private, or the input is refused at load.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CredentialFileTests
{
    private const string GraphSection = """
        tenant_id: 11111111-1111-1111-1111-111111111111
        client_id: 22222222-2222-2222-2222-222222222222
        credential: {kind: certificate, file: keys/graph.pem}
        departed_users: {none: "nobody left"}
        antivirus_app_names: [Antivirus]
        ess_rec_app_names: [ESS REC]
        """;

    [Test]
    public void A_missing_ssh_key_file_is_refused_at_its_field()
    {
        using var env = new TempEnvironment();
        File.Delete(env.KeyFile);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory))!;

        Assert.That(e.Message, Is.EqualTo($"{env.InventoryPath}:15:56: hosts[1].transport.key_file: the private key file {env.KeyFile} does not exist"));
    }

    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, "0644")]
    [TestCase(UnixFileMode.UserRead | UnixFileMode.GroupRead, "0440")]
    [TestCase(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherWrite, "0602")]
    public void An_ssh_key_file_open_to_other_accounts_is_refused(UnixFileMode mode, string octal)
    {
        using var env = new TempEnvironment();
        File.SetUnixFileMode(env.KeyFile, mode);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory))!;

        Assert.That(e.Message, Does.StartWith($"{env.InventoryPath}:15:56: hosts[1].transport.key_file: the private key file {env.KeyFile} is open to other accounts (mode {octal})"));
    }

    [Test]
    public void A_private_ssh_key_file_read_only_by_its_owner_loads()
    {
        using var env = new TempEnvironment();
        File.SetUnixFileMode(env.KeyFile, UnixFileMode.UserRead);

        Assert.That(InventoryLoader.Load(env.Directory).Host("gateway").Transport.KeyFile, Is.EqualTo(env.KeyFile));
    }

    [Test]
    public void A_missing_graph_certificate_is_refused_at_its_field()
    {
        using var env = new TempEnvironment().WithExpected("graph", GraphSection);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory))!;

        Assert.That(e.Message, Is.EqualTo($"{env.Expected("graph")}:3:39: credential.file: the credential file {Path.Combine(env.Directory, "keys", "graph.pem")} does not exist"));
    }

    [Test]
    public void A_graph_certificate_open_to_other_accounts_is_refused_and_a_private_one_loads()
    {
        using var env = new TempEnvironment().WithExpected("graph", GraphSection);
        var pem = Path.Combine(env.Directory, "keys", "graph.pem");
        File.WriteAllText(pem, "");
        File.SetUnixFileMode(pem, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory))!;
        Assert.That(e.Message, Does.Contain("credential.file: the credential file").And.Contain("is open to other accounts (mode 0604)"));

        File.SetUnixFileMode(pem, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.That(InventoryLoader.Load(env.Directory).Expected.Get<Compliance.Core.Inventory.Expected.GraphExpectation>().Credential!.File, Is.EqualTo("keys/graph.pem"));
    }
}
