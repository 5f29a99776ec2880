using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>An environment that names a signing certificate gets signed runs, which <c>compliance verify</c> checks.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SignedRunTests
{
    private const string Signing = "report_signing: {certificate: keys/report-signing.crt, key: keys/report-signing.key}\n";

    [Test]
    public async Task A_signing_certificate_that_does_not_exist_is_bad_input_before_any_check()
    {
        using var repository = new TestRepository();
        AddSigning(repository);
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exit = await harness.RunAsync("--control", "NET-01");

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(harness.Error.ToString(), Does.Contain("report_signing: the signing certificate").And.Contain("does not exist"));
        Assert.That(Directory.Exists(Path.Combine(repository.Reports, "latest")), Is.False, "no report that looks like a result");
    }

    [Test]
    public async Task A_signed_run_verifies_and_a_changed_file_does_not()
    {
        using var repository = new TestRepository();
        var certificate = WriteSigningPair(repository.Environment);
        AddSigning(repository);
        var harness = RunnerHarness.WithFakeTransports(repository);
        await harness.RunAsync("--control", "NET-01");
        var latest = Path.Combine(repository.Reports, "latest");

        var verified = RunnerHarness.WithFakeTransports(repository);
        Assert.That(await verified.RunArgumentsAsync("verify", latest, "--trust", certificate), Is.Zero, verified.Error.ToString());
        Assert.That(verified.Console.Output, Does.Contain("every file matches the manifest, and the manifest is signed by CN=report-signing"));

        File.AppendAllText(Path.Combine(latest, "results.json"), " ");
        var changed = RunnerHarness.WithFakeTransports(repository);
        Assert.That(await changed.RunArgumentsAsync("verify", latest, "--trust", certificate), Is.EqualTo(1));
        Assert.That(changed.Error.ToString(), Does.Contain("results.json: its SHA-256 differs from the manifest's"));
    }

    [Test]
    public async Task Verify_without_a_certificate_to_trust_is_bad_input()
    {
        using var repository = new TestRepository();
        var harness = RunnerHarness.WithFakeTransports(repository);

        Assert.That(await harness.RunArgumentsAsync("verify", repository.Reports), Is.EqualTo(3));
        Assert.That(harness.Error.ToString(), Does.Contain("verify needs --trust"));
    }

    private static void AddSigning(TestRepository repository)
    {
        var inventory = Path.Combine(repository.Environment, "inventory.yaml");
        File.WriteAllText(inventory, Signing + File.ReadAllText(inventory));
    }

    /// <summary>A self-signed signing certificate and its key (mode 0600) under keys/; returns the certificate's path.</summary>
    private static string WriteSigningPair(string environment)
    {
        var keys = Directory.CreateDirectory(Path.Combine(environment, "keys")).FullName;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=report-signing", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-30), DateTimeOffset.UtcNow.AddYears(30));
        var certificatePath = Path.Combine(keys, "report-signing.crt");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        var keyPath = Path.Combine(keys, "report-signing.key");
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return certificatePath;
    }
}
