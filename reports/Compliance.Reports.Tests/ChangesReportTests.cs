using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

/// <summary>report.html opens with what changed since the compared run and shows each requirement's outcome history.</summary>
public sealed class ChangesReportTests
{
    private TempFolder _temp = null!;
    private IDocument _html = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
        _html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
    }

    [TearDown]
    public void RemoveFolder()
    {
        _html.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Report_opens_with_since_the_compared_run_and_its_time()
    {
        var first = _html.QuerySelector("main > section")!;

        Assert.That(first.Id, Is.EqualTo("changes"));
        Assert.That(first.QuerySelector("h2")!.TextContent, Is.EqualTo("Since 20261130T210000Z-0a03 (2026-11-30 21:00:00 UTC)"));
        Assert.That(first.QuerySelector(".basis")!.TextContent, Does.Contain(RunChanges.LatestBasis));
    }

    [Test]
    public void Each_kind_of_change_lists_its_requirements_then_its_checks_with_before_and_now()
    {
        Assert.That(Rows("new_failures"), Is.EqualTo(new[] { "NET-07 NET-07 title|Passed|Failed", "SecureZoneReachesNoInternetTcpPort (NET-07)|Passed|Failed" }));
        Assert.That(Rows("fixed"), Is.EqualTo(new[] { "ENC-03 ENC-03 title|Failed|Waived", "SshAllowsPublicKeyOnly (ENC-03)|Failed|Waived" }));
        Assert.That(Rows("still_failing"), Is.EqualTo(new[] { "ENC-02 ENC-02 title|Failed|Failed", "PHY-02 PHY-02 title|Failed|Failed", "HttpsOffersOnlyStrongTls (ENC-02)|Failed|Failed" }));
        Assert.That(Rows("new_not_verified"), Is.EqualTo(new[] { "NET-10 NET-10 title|Passed|Not verified", "OnlyDataTerminalReachesInternet (NET-10)|Passed|Not verified" }));
        Assert.That(_html.QuerySelectorAll("ul.change-counts li").Select(l => l.TextContent), Is.EqualTo(new[]
        {
            "New failures: 1 requirement, 1 check", "Fixed: 1 requirement, 1 check", "Still failing: 2 requirements, 1 check", "New Not verified: 1 requirement, 1 check",
        }));
    }

    [Test]
    public void Every_change_links_to_its_requirement_section()
    {
        var links = _html.QuerySelectorAll("#changes table.changes a").ToList();

        Assert.That(links, Has.Count.EqualTo(9));
        foreach (var link in links)
        {
            var target = _html.GetElementById(link.GetAttribute("href")![1..]);
            Assert.That(target?.LocalName, Is.EqualTo("article"), link.OuterHtml);
            Assert.That(link.TextContent, Does.Contain(target!.Id![4..]));
        }
    }

    [Test]
    public void Changed_inputs_are_named_with_their_hashes()
    {
        Assert.That(_html.QuerySelectorAll("#change-inputs li").Select(l => l.TextContent), Is.EqualTo(new[] { "inventory.yaml: changed (bbbbbbbbbbbb to aaaaaaaaaaaa)" }));
    }

    [Test]
    public void Each_requirement_shows_its_outcome_in_every_run_of_the_history_as_a_symbol_oldest_first()
    {
        Assert.That(Strip("NET-07"), Is.EqualTo("P?PF"));
        Assert.That(Strip("ENC-03"), Is.EqualTo("FFFW"));
        Assert.That(Strip("JUP-01"), Is.EqualTo("_---"), "the first run did not cover JUP-01: an empty cell");
        Assert.That(_html.QuerySelectorAll("#req-JUP-01 ol.strip li")[0].ClassList, Does.Contain("absent"));
        var cells = _html.QuerySelectorAll("#req-NET-07 ol.strip li").ToList();
        Assert.That(cells.Select(c => c.GetAttribute("title")), Is.EqualTo(new[]
        {
            "20261128T210000Z-0a01, 2026-11-28 21:00:00 UTC: Passed",
            "20261129T210000Z-0a02, 2026-11-29 21:00:00 UTC: Not verified",
            "20261130T210000Z-0a03, 2026-11-30 21:00:00 UTC: Passed",
            "this run, 20261201T210000Z-lab, 2026-12-01 21:00:00 UTC: Failed",
        }));
        Assert.That(cells[^1].ClassList, Does.Contain("this").And.Contain(Outcome.Failed.CssClass));
    }

    [Test]
    public void Legend_explains_every_symbol_once_above_the_requirements()
    {
        var legend = _html.QuerySelectorAll(".history-legend").Single();

        Assert.That(legend.ParentElement!.Id, Is.EqualTo("requirements"));
        Assert.That(legend.QuerySelectorAll("li").Select(l => l.TextContent.Trim()), Is.EqualTo(new[]
        {
            "F Failed", "? Not verified", "W Waived", "P Passed", "A Attested", "- Not applicable", "· Planned", "not in that run",
        }));
        Assert.That(legend.TextContent, Does.Contain("last 4 complete runs").And.Contain("the last cell, outlined, is this run"));
    }

    [Test]
    public void A_run_without_an_earlier_run_says_so_and_shows_only_itself()
    {
        var report = new RunBuilder().Requirement("NET-01", "Network", Outcome.Passed, "ok", RunBuilder.Check("C1", "NET-01", Outcome.Passed, "ok")).Build();
        report = report with { Changes = RunChanges.Nothing(RunChanges.NoEarlierRunBasis), History = RunHistory.Of([], RunRecord.Of(report)) };

        using var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(ReportWriter.WriteRun(report, _temp.Combine("first"), []), "report.html")));

        Assert.That(html.QuerySelector("#changes h2")!.TextContent, Is.EqualTo("Since the last run: nothing to compare with"));
        Assert.That(html.QuerySelector("#changes .basis")!.TextContent, Is.EqualTo("No earlier complete run of the same environment and selection in the report folder."));
        Assert.That(html.QuerySelectorAll("#changes table"), Is.Empty);
        Assert.That(html.QuerySelectorAll("#req-NET-01 ol.strip li").Select(c => c.TextContent), Is.EqualTo(new[] { "P" }));
    }

    [Test]
    public void Junit_xml_is_the_same_with_or_without_a_comparison()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var bare = report with { Changes = RunChanges.NotCompared, History = RunHistory.Empty };

        var with = File.ReadAllText(Path.Combine(ReportWriter.WriteRun(report, _temp.Combine("with"), extra), "junit.xml"));
        var without = File.ReadAllText(Path.Combine(ReportWriter.WriteRun(bare, _temp.Combine("without"), extra), "junit.xml"));

        Assert.That(with, Is.EqualTo(without));
    }

    private IEnumerable<string> Rows(string kind) =>
        _html.QuerySelectorAll($"#change-{kind} tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())));

    private string Strip(string id) =>
        string.Concat(_html.QuerySelectorAll($"#req-{id} ol.strip li").Select(c => c.TextContent.Length == 0 ? "_" : c.TextContent));
}
