using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Compliance.Core.Outcomes;
using Compliance.Reports.Folder;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

/// <summary>A signed run folder verifies, and any change after the run (a byte, a file, the signer) is found and named.</summary>
public sealed class RunVerifierTests
{
    private static readonly DateTimeOffset Signed = RunBuilder.Start.AddMinutes(4);

    private static string WriteSignedRun(TempFolder temp, X509Certificate2 signer)
    {
        var report = new RunBuilder()
            .Requirement("NET-07", "Network", Outcome.Passed, "no internet", RunBuilder.Check("SecureZoneReachesNoInternetTcpPort", "NET-07", Outcome.Passed, "blocked"))
            .Build();
        return ReportWriter.WriteRun(report, temp.Combine("out"), [], signer: signer);
    }

    private static X509Certificate2 Certificate(string name, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 ValidAtSigning(string name = "report-signing") => Certificate(name, Signed.AddDays(-30), Signed.AddDays(30));

    private static X509Certificate2 PublicPart(X509Certificate2 certificate) => X509CertificateLoader.LoadCertificate(certificate.RawData);

    [Test]
    public void A_signed_run_verifies_against_its_certificate_even_after_the_certificate_expired()
    {
        using var temp = new TempFolder();
        using var signer = Certificate("report-signing", Signed.AddDays(-30), Signed.AddHours(1));
        var folder = WriteSignedRun(temp, signer);

        Assert.That(signer.NotAfter.ToUniversalTime(), Is.LessThan(DateTime.UtcNow), "expired by now");
        Assert.That(File.Exists(Path.Combine(folder, ManifestSignature.FileName)), Is.True);
        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Is.Empty, "the certificate expired after the signing time: last year's run still verifies");
    }

    [TestCase("report.html")]
    [TestCase("coverage.html")]
    [TestCase("junit.xml")]
    [TestCase("results.json")]
    public void One_changed_byte_in_a_report_file_is_named(string file)
    {
        using var temp = new TempFolder();
        using var signer = ValidAtSigning();
        var folder = WriteSignedRun(temp, signer);
        var path = Path.Combine(folder, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Is.EqualTo(new[] { $"{file}: its SHA-256 differs from the manifest's (changed after the run)" }));
    }

    [Test]
    public void A_changed_manifest_breaks_the_signature()
    {
        using var temp = new TempFolder();
        using var signer = ValidAtSigning();
        var folder = WriteSignedRun(temp, signer);
        File.AppendAllText(Path.Combine(folder, Manifest.FileName), $"{new string('0', 64)}  forged.txt\n");
        File.WriteAllText(Path.Combine(folder, "forged.txt"), "x");

        using var trusted = PublicPart(signer);
        var problems = RunVerifier.Problems(folder, trusted);
        Assert.That(problems, Has.Some.StartsWith("the manifest's signature was not made by the trusted certificate"));
    }

    [Test]
    public void A_removed_file_and_an_added_file_are_named()
    {
        using var temp = new TempFolder();
        using var signer = ValidAtSigning();
        var folder = WriteSignedRun(temp, signer);
        File.Delete(Path.Combine(folder, "junit.xml"));
        File.WriteAllText(Path.Combine(folder, "evidence-extra.txt"), "added later");

        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Is.EquivalentTo(new[]
        {
            "junit.xml: listed in the manifest but missing",
            "evidence-extra.txt: not in the manifest (added after the run)",
        }));
    }

    [Test]
    public void A_run_re_signed_with_another_key_fails_even_when_that_key_signs_correctly()
    {
        using var temp = new TempFolder();
        using var signer = ValidAtSigning();
        using var other = ValidAtSigning("report-signing");
        var folder = WriteSignedRun(temp, signer);
        ManifestSignature.Sign(folder, other, Signed);

        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Has.Exactly(1).StartsWith("the manifest's signature was not made by the trusted certificate"));
        using var otherTrusted = PublicPart(other);
        Assert.That(RunVerifier.Problems(folder, otherTrusted), Is.Empty, "the other key's own certificate verifies it: only the trust decides");
    }

    [Test]
    public void A_certificate_expired_before_the_signing_time_fails()
    {
        using var temp = new TempFolder();
        using var signer = Certificate("report-signing", Signed.AddDays(-60), Signed.AddDays(-1));
        var folder = WriteSignedRun(temp, signer);

        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Is.EqualTo(new[]
        {
            $"the run was signed at 2026-12-01T21:04:00Z, outside the trusted certificate's validity ({Signed.AddDays(-60):yyyy-MM-dd} to {Signed.AddDays(-1):yyyy-MM-dd})",
        }));
    }

    [Test]
    public void An_unsigned_run_does_not_verify()
    {
        using var temp = new TempFolder();
        var report = new RunBuilder().Requirement("NET-07", "Network", Outcome.Passed, "ok").Build();
        var folder = ReportWriter.WriteRun(report, temp.Combine("out"), []);
        using var signer = ValidAtSigning();

        using var trusted = PublicPart(signer);
        Assert.That(RunVerifier.Problems(folder, trusted), Is.EqualTo(new[] { "manifest.sha256.p7s is missing: the run is not signed" }));
    }
}
