using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>
/// The waiver of NET-05 (ticket CHG-5) expires on 2026-11-30. The run's clock starts half a second before a midnight
/// and has passed it by the time outcomes are resolved; the run's day is the day it started, in every file.
/// </summary>
public sealed class WaiverExpiryAcrossMidnightTests
{
    private TestRepository repository = null!;

    [SetUp]
    public void CreateRepository() => repository = new TestRepository();

    [TearDown]
    public void DeleteRepository() => repository.Dispose();

    [TestCase("2026-11-30T23:59:59.5Z", "waived", false, TestName = "Waiver expiring on the day the run starts holds for the whole run")]
    [TestCase("2026-12-01T23:59:59.5Z", "failed", true, TestName = "Waiver that expired the day before the run starts is expired for the whole run")]
    public async Task Html_junit_and_json_agree_with_the_outcome_on_waiver_expiry(string start, string outcome, bool expired)
    {
        var startedUtc = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture);
        var harness = new RunnerHarness(repository, RunnerHarness.FakeSuite()) { Clock = new SteppingClock(startedUtc, TimeSpan.FromSeconds(1)) };

        await harness.RunAsync("--control", "NET-05");

        var (jsonOutcome, jsonExpired) = FromJson();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(jsonOutcome, Is.EqualTo(outcome));
            Assert.That(jsonExpired, Is.EqualTo(expired));
            Assert.That(FromJunit(), Is.EqualTo(expired ? "true" : "false"));
            Assert.That(FromHtml(), Is.EqualTo(expired));
        }
    }

    private string Latest(string file) => Path.Combine(repository.Reports, "latest", file);

    private (string? Outcome, bool Expired) FromJson()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Latest("results.json")));
        var requirement = json.RootElement.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "NET-05");
        var waiver = requirement.GetProperty("checks")[0].GetProperty("waiver");
        return (requirement.GetProperty("outcome").GetString(), waiver.GetProperty("expired").GetBoolean());
    }

    private string? FromJunit() =>
        XDocument.Load(Latest("junit.xml")).Descendants("property")
            .Single(p => (string?)p.Attribute("name") == "waiver_expired")
            .Attribute("value")?.Value;

    private bool FromHtml()
    {
        var html = File.ReadAllText(Latest("report.html"));
        var start = html.IndexOf("id=\"req-NET-05\"", StringComparison.Ordinal);
        var article = html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
        Assert.That(article, Does.Contain("<div class=\"waiver"));
        return article.Contains("<div class=\"waiver expired\">", StringComparison.Ordinal);
    }
}
