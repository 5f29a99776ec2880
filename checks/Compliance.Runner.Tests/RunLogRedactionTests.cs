using Compliance.Core.Redaction;
using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Tests;

public sealed class RunLogRedactionTests
{
    [TestCase("client_secret=abc123 next", "abc123")]
    [TestCase("Authorization: Bearer eyJhbGciOi.x.y", "eyJhbGciOi.x.y")]
    [TestCase("password: hunter2", "hunter2")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----abc", "abc")]
    public void Secrets_never_reach_the_log_file(string line, string secret)
    {
        var text = WriteAndRead(log => log.WriteRaw(line));

        Assert.That(text, Does.Not.Contain(secret).And.Contain("[REDACTED]"));
    }

    [Test]
    public void Ordinary_lines_are_logged_as_they_are() =>
        Assert.That(WriteAndRead(log => log.WriteRaw("NET-07: Passed: no port answered")), Is.EqualTo("NET-07: Passed: no port answered\n"));

    [Test]
    public void A_secret_the_run_loaded_never_reaches_the_log_file_and_prose_about_tokens_stays()
    {
        var text = WriteAndRead(log =>
        {
            log.WriteRaw("eapol_test -a 198.18.30.14 -s s3cr3t-radius-Xy -t 15");
            log.WriteRaw("JUP-03: Failed: served without a token: GET /9000/api/contents -> 200");
        }, new Redactor(["s3cr3t-radius-Xy"]));

        Assert.That(text, Is.EqualTo("eapol_test -a 198.18.30.14 -s [REDACTED] -t 15\nJUP-03: Failed: served without a token: GET /9000/api/contents -> 200\n"));
    }

    private static string WriteAndRead(Action<RunLog> write, Redactor? redactor = null)
    {
        var folder = Directory.CreateTempSubdirectory("runlog-");
        try
        {
            var path = Path.Combine(folder.FullName, "run.log");
            using (var log = new RunLog(path, TimeProvider.System, redactor))
            {
                write(log);
            }

            return File.ReadAllText(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
