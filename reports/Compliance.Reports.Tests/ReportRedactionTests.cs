using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class ReportRedactionTests
{
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
