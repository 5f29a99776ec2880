using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Reports.Tests.Support;
using static Compliance.Reports.Tests.Support.RunBuilder;

namespace Compliance.Reports.Tests;

/// <summary>
/// Every writer shows the expiry the resolver decided, never its own: the run below started after the waiver's and the
/// attestation's expiry day, yet the resolver judged them valid, and so do the HTML, JUnit and JSON.
/// </summary>
public sealed class ExpiryDecisionTests
{
    private static readonly DateOnly DayBeforeStart = new(2026, 11, 30);

    [TestCase(false)]
    [TestCase(true)]
    public void Html_junit_and_json_show_the_resolved_waiver_and_attestation_expiry(bool expired)
    {
        using var temp = new TempFolder();
        var waiver = new Waiver("ENC-03", "Legacy HSM.", "CISO", "SEC-1", DayBeforeStart);
        var attestation = new Attestation("PHY-01", "Sato", DayBeforeStart.AddYears(-1), DayBeforeStart, "Door locks.", "attestations/lock.txt", new string('c', 64));
        var report = new RunBuilder()
            .Requirement("ENC-03", "Encryption", Outcome.Waived, "waived",
                Resolved("SshAllowsPublicKeyOnly", "ENC-03", Outcome.Failed, Outcome.Waived, "password offered", waiver, expired))
            .Manual("PHY-01", Outcome.Attested, "attested", attestation, expired)
            .Build();

        var folder = ReportWriter.WriteRun(report, temp.Combine("out"), []);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "results.json")))!["requirements"]!;
        var junit = XDocument.Load(Path.Combine(folder, "junit.xml"));
        using var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((bool)json[0]!["checks"]![0]!["waiver"]!["expired"]!, Is.EqualTo(expired));
            Assert.That((bool)json[1]!["attestation"]!["expired"]!, Is.EqualTo(expired));
            Assert.That(Property(junit, "waiver_expired"), Is.EqualTo(expired ? "true" : "false"));
            Assert.That(Property(junit, "attestation_expired"), Is.EqualTo(expired ? "true" : "false"));
            Assert.That(html.QuerySelector("#req-ENC-03 .waiver")!.ClassList.Contains("expired"), Is.EqualTo(expired));
            Assert.That(html.QuerySelector("#req-PHY-01 .attestation")!.ClassList.Contains("expired"), Is.EqualTo(expired));
        }
    }

    private static string Property(XDocument junit, string name) =>
        junit.Descendants("property").Single(p => (string?)p.Attribute("name") == name).Attribute("value")!.Value;
}
