using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Tests;

public sealed class LogRedactionTests
{
    [TestCase("client_secret=abc123 next", "client_secret=[REDACTED] next")]
    [TestCase("Authorization: Bearer eyJhbGciOi.x.y", "Authorization: Bearer [REDACTED]")]
    [TestCase("password: hunter2", "password: [REDACTED]")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----abc", "[REDACTED private key]")]
    [TestCase("NET-07: Passed: no port answered", "NET-07: Passed: no port answered")]
    public void Secrets_never_reach_the_log(string line, string expected) =>
        Assert.That(LogRedaction.Redact(line), Is.EqualTo(expected));
}
