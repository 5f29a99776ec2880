using System.Text.Json.Nodes;
using Compliance.Core.Outcomes;
using Compliance.Core.Redaction;
using Compliance.Reports.Tests.Support;
using static Compliance.Reports.Tests.Support.RunBuilder;

namespace Compliance.Reports.Tests;

/// <summary>The reports pass the run's redactor: secrets the run loaded go, ordinary prose about tokens stays readable.</summary>
public sealed class ReportRedactionTests
{
    private const string RadiusSecret = "s3cr3t-radius-Xy";
    private const string JupyterFailure = "served without a token: GET /9000/api/contents -> 200";

    private TempFolder _temp = null!;
    private string _folder = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var report = new RunBuilder()
            .Requirement("JUP-03", "Jupyter", Outcome.Failed, "A Jupyter server serves content without a token.",
                Check("JupyterRequiresAToken", "JUP-03", Outcome.Failed, JupyterFailure,
                    Evidence("infra-term", "https ml01/9000/api/contents", "GET without a token", "401/403 or redirect to login", "200", "HTTP/1.1 200 OK")))
            .Requirement("NET-12", "Network", Outcome.NotVerified, $"eapol_test -s {RadiusSecret} failed",
                Check("RoomTerminalsAreAuthenticatedBy8021X", "NET-12", Outcome.NotVerified, $"the vantage echoed {RadiusSecret} back",
                    Evidence("infra-term", "RADIUS 198.18.30.14", "eapol_test EAP-TLS as infra01", "accept", "error", $"shared secret {RadiusSecret} rejected")))
            .Build();
        _folder = ReportWriter.WriteRun(report, _temp.Combine("out"), [], new Redactor([RadiusSecret]));
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void Jupyter_token_failure_and_evidence_reach_the_results_unchanged()
    {
        var check = Requirement("JUP-03")["checks"]![0]!;
        var evidence = check["evidence"]![0]!;

        Assert.That((string)check["message"]!, Is.EqualTo(JupyterFailure));
        Assert.That((string)evidence["probe"]!, Is.EqualTo("GET without a token"));
        Assert.That((string)evidence["expected"]!, Is.EqualTo("401/403 or redirect to login"));
    }

    [Test]
    public void A_secret_the_run_loaded_is_in_no_report_file()
    {
        foreach (var file in new[] { "report.html", "junit.xml", "results.json" })
        {
            Assert.That(File.ReadAllText(Path.Combine(_folder, file)), Does.Not.Contain(RadiusSecret).And.Contain("[REDACTED]"), file);
        }

        Assert.That((string)Requirement("NET-12")["checks"]![0]!["evidence"]![0]!["raw_excerpt"]!, Is.EqualTo("shared secret [REDACTED] rejected"));
    }

    private JsonNode Requirement(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "results.json")))!["requirements"]!.AsArray().Single(r => (string)r!["id"]! == id)!;
}
