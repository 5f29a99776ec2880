using Compliance.Core.Redaction;

namespace Compliance.Core.Tests.Redaction;

/// <summary>Key material and credentials are recognised by their form, with no loaded secret to compare against.</summary>
public sealed class SecretFormTests
{
    private static readonly Redactor Forms = new();

    [TestCase("password=hunter2xyz", "hunter2xyz")]
    [TestCase("password: hunter2", "hunter2")]
    [TestCase("passwd=hunter2", "hunter2")]
    [TestCase("DB_PASSWD: hunter2", "hunter2")]
    [TestCase("password=abc,def;ghi}", "def;ghi")]
    [TestCase("DB_PASSWORD: 'hunter2xyz'", "hunter2xyz")]
    [TestCase("client_secret=abc123 next", "abc123")]
    [TestCase("\"client_secret\": \"hunter2xyz\"", "hunter2xyz")]
    [TestCase("secret = testing123radius", "testing123radius")]
    [TestCase("https://host/cb?code=1&access_token=abc123&x=1", "abc123")]
    [TestCase("api_key=AbCdEf0123456789", "AbCdEf0123456789")]
    [TestCase("apikey: AbCdEf0123456789", "AbCdEf0123456789")]
    [TestCase("token=s3cr3t", "s3cr3t")]
    [TestCase("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdef", "eyJhbGciOiJIUzI1NiJ9abcdef")]
    [TestCase("Authorization: Bearer eyJhbGciOi.x.y", "eyJhbGciOi.x.y")]
    [TestCase("Authorization: bearer abc", "abc")]
    [TestCase("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA==")]
    [TestCase("Proxy-Authorization: Negotiate YIIGhgYGKwYBBQUCoIIGejCC", "YIIGhgYGKwYBBQUCoIIGejCC")]
    [TestCase("curl sent bearer 9f8e7d6c5b4a39281706f5e4 and got 401", "9f8e7d6c5b4a39281706f5e4")]
    [TestCase("gitlab glpat-AbCdEfGhIjKlMnOpQrStUv here", "glpat-AbCdEfGhIjKlMnOpQrStUv")]
    [TestCase("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0")]
    [TestCase("id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0")]
    [TestCase("https://deploy:hunter2xyz@repo.example/x.git", "hunter2xyz")]
    [TestCase("aws AKIAABCDEFGHIJKLMNOP here", "AKIAABCDEFGHIJKLMNOP")]
    [TestCase("gh ghp_abcdefghijklmnopqrstuvwxyz0123 here", "ghp_abcdefghijklmnopqrstuvwxyz0123")]
    [TestCase("root:$6$saltsalt$0123456789abcdefABCDEF/.:19000:0:99999:7:::", "0123456789abcdefABCDEF")]
    [TestCase("Server=db;User Id=app;Password=Xy7-pq9!zz;Encrypt=true", "Xy7-pq9!zz")]
    [TestCase("  - db_password: hunter2xyz", "hunter2xyz")]
    [TestCase("export GRAPH_CLIENT_SECRET=abcdef123456", "abcdef123456")]
    [TestCase("DefaultEndpointsProtocol=https;AccountKey=c2VjcmV0a2V5MTIz==;EndpointSuffix=x", "c2VjcmV0a2V5MTIz")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----abc", "abc")]
    [TestCase("-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBGX\n-----END PGP PRIVATE KEY BLOCK-----", "lQOYBGX")]
    public void Secret_is_removed(string text, string secret)
    {
        var redacted = Forms.Redact(text);

        Assert.That(redacted, Does.Not.Contain(secret));
        Assert.That(redacted, Does.Contain(Redactor.Marker));
    }

    [TestCase("client_secret=abc123 next", "client_secret=[REDACTED] next")]
    [TestCase("Authorization: Bearer eyJhbGciOi.x.y", "Authorization: Bearer [REDACTED]")]
    [TestCase("password: hunter2", "password: [REDACTED]")]
    public void Only_the_secret_is_replaced(string text, string expected) =>
        Assert.That(Forms.Redact(text), Is.EqualTo(expected));

    [Test]
    public void Private_key_block_is_removed_whole_even_when_truncated()
    {
        const string Key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAAAAAB\n";

        Assert.That(Forms.Redact("before\n" + Key + "-----END OPENSSH PRIVATE KEY-----\nafter"), Is.EqualTo("before\n[REDACTED]\nafter"));
        Assert.That(Forms.Redact("cut " + Key), Is.EqualTo("cut [REDACTED]"));
    }

    [Test]
    public void Redacting_twice_changes_nothing_more()
    {
        var once = Forms.Redact("password=hunter2 Authorization: Bearer abcdefgh12345678");

        Assert.That(Forms.Redact(once), Is.EqualTo(once));
    }

    [TestCase("PasswordAuthentication no")]
    [TestCase("KbdInteractiveAuthentication no\nPubkeyAuthentication yes")]
    [TestCase("Failed password for invalid user admin from 198.18.1.5 port 50022 ssh2")]
    [TestCase("443/tcp open  https\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")]
    [TestCase("CONNECT files.pythonhosted.org:443 HTTP/1.1 -> TCP_TUNNEL/200")]
    [TestCase("NET-07: Passed: no port answered")]
    [TestCase("\"localAdminPassword\": {")]
    [TestCase("infra1 may run (ALL) NOPASSWD: ALL")]
    [TestCase("NOPASSWD: /usr/bin/systemctl status nginx")]
    [TestCase("a bearer token is required")]
    [TestCase("the password: must be rotated yearly")]
    [TestCase("\"passwordRequired\": true")]
    [TestCase("%ops ALL=(root) PASSWD: /usr/bin/systemctl restart nginx")]
    [TestCase("")]
    public void Ordinary_text_is_left_alone(string text) =>
        Assert.That(Forms.Redact(text), Is.EqualTo(text));

    [Test]
    public void Null_becomes_empty() => Assert.That(Forms.Redact(null), Is.Empty);
}
