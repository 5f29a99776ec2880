using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class HtmlReportTests
{
    private TempFolder _temp = null!;
    private IDocument _html = null!;
    private string _source = null!;
    private string _folder = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        _folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
        _source = File.ReadAllText(Path.Combine(_folder, "report.html"));
        _html = new HtmlParser().ParseDocument(_source);
    }

    [TearDown]
    public void RemoveFolder()
    {
        _html.Dispose();
        _temp.Dispose();
    }

    [Test]
    public void Hostile_evidence_is_shown_as_text_and_never_becomes_markup()
    {
        var raw = _html.QuerySelectorAll("#req-NET-07 pre.raw").Single();

        Assert.That(raw.TextContent, Does.Contain("<script>window.hostile = 1</script><img src=x onerror=\"alert(1)\">"));
        Assert.That(raw.Children, Is.Empty);
        Assert.That(_html.Scripts, Has.Length.EqualTo(1));
        Assert.That(_html.QuerySelectorAll("img"), Is.Empty);
        Assert.That(_source, Does.Not.Contain("<script>window.hostile"));
    }

    [Test]
    public void Page_is_self_contained_and_forbids_fetches_by_policy()
    {
        var csp = _html.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");

        Assert.That(csp, Does.StartWith("default-src 'none';").And.Not.Contain("unsafe-inline"));
        Assert.That(_html.QuerySelectorAll("link, iframe, object, embed, [src]"), Is.Empty);
        var links = _html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var inPage = links.Where(l => l.StartsWith('#')).ToList();
        Assert.That(links.Where(l => !l.StartsWith("coverage.html#", StringComparison.Ordinal) && !l.StartsWith('#')), Is.EqualTo(new[] { "evidence/phy-01-room-lock.txt" }));
        Assert.That(inPage, Is.Not.Empty);
        Assert.That(inPage.Where(l => _html.GetElementById(l[1..]) is null), Is.Empty, "an in-page link leads nowhere");
    }

    [Test]
    public void Every_requirement_links_to_its_section_of_the_coverage_page_stored_in_the_run_folder()
    {
        var requirements = _html.QuerySelectorAll("article.req").ToList();
        using var coverage = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "coverage.html")));

        Assert.That(requirements, Has.Count.EqualTo(9));
        foreach (var requirement in requirements)
        {
            var id = requirement.Id![4..];
            var links = requirement.QuerySelectorAll(".coverage-link a").Select(a => a.GetAttribute("href")).ToList();
            Assert.That(links, Is.EqualTo(new[] { $"coverage.html#{id}" }), id);
            Assert.That(coverage.GetElementById(id), Is.Not.Null, $"coverage.html has no element with id {id}");
            Assert.That(coverage.GetElementById(id)!.ParentElement?.LocalName, Is.EqualTo("h2"), $"the anchor of {id} is not its section's heading");
            Assert.That(coverage.GetElementById(id)!.ParentElement!.TextContent, Does.StartWith(id + " "), $"the section of {id} opens with its heading");
        }

        Assert.That(File.ReadAllText(Path.Combine(_folder, "manifest.sha256")), Does.Contain("  coverage.html\n"));
    }

    [Test]
    public void Coverage_page_is_self_contained_runs_no_script_and_links_back_to_the_report()
    {
        using var coverage = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "coverage.html")));
        var csp = coverage.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");

        Assert.That(csp, Does.StartWith("default-src 'none';").And.Not.Contain("script-src").And.Not.Contain("unsafe-inline"));
        Assert.That(coverage.Scripts, Is.Empty);
        Assert.That(coverage.QuerySelectorAll("link, iframe, object, embed, [src]"), Is.Empty);
        Assert.That(coverage.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")), Has.Some.EqualTo("report.html"));
        Assert.That(coverage.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.Contains(':', StringComparison.Ordinal)), Is.Empty,
            "the coverage page links outside the run folder");
    }

    [Test]
    public void Run_metadata_is_listed()
    {
        var terms = _html.QuerySelectorAll("#run > dl.meta > dt").Select(d => d.TextContent);

        Assert.That(terms, Is.EqualTo(new[] { "Run ID", "Environment", "Kind", "Started", "Ended", "Tool version", "Git commit", "Inventory SHA-256", "Selection", "Complete", "Run kind" }));
        Assert.That(_html.QuerySelector("#run")!.TextContent, Does.Contain("2026-12-01 21:00:00 UTC").And.Contain("c68488a0b1"));
    }

    [Test]
    public void Every_outcome_has_its_own_label_and_style_and_not_verified_is_not_green()
    {
        var badges = _html.QuerySelectorAll("article.req > header .badge").ToDictionary(b => b.Closest("article")!.Id!, b => b);

        Assert.That(badges["req-NET-04"].TextContent, Is.EqualTo("Passed"));
        Assert.That(badges["req-NET-07"].TextContent, Is.EqualTo("Failed"));
        Assert.That(badges["req-NET-10"].TextContent, Is.EqualTo("Not verified"));
        Assert.That(badges["req-ENC-03"].TextContent, Is.EqualTo("Waived"));
        Assert.That(badges["req-JUP-01"].TextContent, Is.EqualTo("Not applicable"));
        Assert.That(badges["req-PHY-01"].TextContent, Is.EqualTo("Attested"));
        Assert.That(badges["req-PHY-03"].TextContent, Is.EqualTo("Planned"));
        Assert.That(badges["req-NET-10"].ClassList, Does.Contain("o-not_verified").And.Not.Contain("o-passed"));
        Assert.That(badges.Values.Select(b => b.ClassName).Distinct().Count(), Is.EqualTo(7));
    }

    [Test]
    public void Requirement_shows_statement_japanese_quote_mappings_and_checks()
    {
        var article = _html.GetElementById("req-NET-04")!;

        Assert.That(article.QuerySelector(".statement")!.TextContent, Does.Contain("NET-04 statement"));
        Assert.That(article.QuerySelector("blockquote.quote")!.GetAttribute("lang"), Is.EqualTo("ja"));
        Assert.That(article.QuerySelector("blockquote.quote")!.TextContent, Does.Contain("セキュアゾーン"));
        Assert.That(article.QuerySelector(".mappings")!.TextContent, Does.Contain("A.8.20").And.Contain("SC-7(5)"));
        Assert.That(article.QuerySelectorAll("li.check .cid").Select(c => c.TextContent),
            Is.EqualTo(new[] { "SecurityRoomReachesSecureZoneOnlyOnAllowedPorts", "SecurityRoomReachesNoOtherSecureZoneHost" }));
        Assert.That(article.QuerySelector("details.evidence")!.TextContent, Does.Contain("dev-term").And.Contain("2026-12-01 21:00:05 UTC"));
    }

    [Test]
    public void Waivers_show_ticket_approver_justification_and_flag_expiry()
    {
        var valid = _html.QuerySelector("#req-ENC-03 .waiver")!;
        var expired = _html.QuerySelector("#req-ENC-02 .waiver")!;

        Assert.That(valid.TextContent, Does.Contain("SEC-1234").And.Contain("CISO Tanaka").And.Contain("Legacy HSM").And.Contain("2027-03-31"));
        Assert.That(valid.QuerySelector(".flag"), Is.Null);
        Assert.That(expired.ClassList, Does.Contain("expired"));
        Assert.That(expired.QuerySelector(".flag")!.TextContent, Is.EqualTo("Expired"));
    }

    [Test]
    public void Attestation_shows_who_when_expiry_and_the_matching_evidence_hash()
    {
        var attestation = _html.QuerySelector("#req-PHY-01 .attestation")!;

        Assert.That(attestation.TextContent, Does.Contain("Sato (facilities)").And.Contain("2026-10-15").And.Contain("2027-04-15").And.Contain("(matches)"));
    }

    [Test]
    public void Summary_counts_requirements_by_family_and_outcome()
    {
        var network = _html.QuerySelectorAll("table.summary tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Network");
        var all = _html.QuerySelector("table.summary tfoot tr")!;

        Assert.That(network.QuerySelectorAll("td").Select(c => c.TextContent), Is.EqualTo(new[] { "1", "1", "0", "1", "0", "0", "0", "3" }));
        Assert.That(all.QuerySelectorAll("td").Select(c => c.TextContent), Is.EqualTo(new[] { "3", "1", "1", "1", "1", "1", "1", "9" }));
    }
}
