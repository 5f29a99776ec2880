using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class SecretRedactorTests
{
    [TestCase("password=hunter2xyz", "hunter2xyz")]
    [TestCase("DB_PASSWORD: 'hunter2xyz'", "hunter2xyz")]
    [TestCase("\"client_secret\": \"hunter2xyz\"", "hunter2xyz")]
    [TestCase("secret = testing123radius", "testing123radius")]
    [TestCase("api_key=AbCdEf0123456789", "AbCdEf0123456789")]
    [TestCase("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdef", "eyJhbGciOiJIUzI1NiJ9abcdef")]
    [TestCase("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA==")]
    [TestCase("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0")]
    [TestCase("id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0")]
    [TestCase("https://deploy:hunter2xyz@repo.example/x.git", "hunter2xyz")]
    [TestCase("aws AKIAABCDEFGHIJKLMNOP here", "AKIAABCDEFGHIJKLMNOP")]
    [TestCase("gh ghp_abcdefghijklmnopqrstuvwxyz0123 here", "ghp_abcdefghijklmnopqrstuvwxyz0123")]
    [TestCase("root:$6$saltsalt$0123456789abcdefABCDEF/.:19000:0:99999:7:::", "0123456789abcdefABCDEF")]
    [TestCase("DefaultEndpointsProtocol=https;AccountKey=c2VjcmV0a2V5MTIz==;EndpointSuffix=x", "c2VjcmV0a2V5MTIz")]
    public void Secret_is_removed(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.That(redacted, Does.Not.Contain(secret));
        Assert.That(redacted, Does.Contain(SecretRedactor.Marker));
    }

    [Test]
    public void Private_key_block_is_removed_whole_even_when_truncated()
    {
        const string Key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAAAAAB\n";

        Assert.That(SecretRedactor.Redact("before\n" + Key + "-----END OPENSSH PRIVATE KEY-----\nafter"), Is.EqualTo("before\n[REDACTED]\nafter"));
        Assert.That(SecretRedactor.Redact("cut " + Key), Is.EqualTo("cut [REDACTED]"));
    }

    [TestCase("PasswordAuthentication no")]
    [TestCase("KbdInteractiveAuthentication no\nPubkeyAuthentication yes")]
    [TestCase("Failed password for invalid user admin from 198.18.1.5 port 50022 ssh2")]
    [TestCase("443/tcp open  https\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")]
    [TestCase("CONNECT files.pythonhosted.org:443 HTTP/1.1 -> TCP_TUNNEL/200")]
    public void Ordinary_evidence_is_left_alone(string text) =>
        Assert.That(SecretRedactor.Redact(text), Is.EqualTo(text));

    [Test]
    public void No_report_file_contains_a_secret_from_the_evidence()
    {
        using var temp = new TempFolder();
        var (report, extra) = SampleRun.Create(temp.Combine("env"));

        var folder = ReportWriter.WriteRun(report, temp.Combine("out"), extra);

        foreach (var file in new[] { "report.html", "junit.xml", "results.json" })
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.That(text, Does.Not.Contain(SampleRun.LeakedPassword).And.Not.Contain("abcdefghijklmnop123456"), file);
            Assert.That(text, Does.Contain("[REDACTED]"), file);
        }
    }
}
