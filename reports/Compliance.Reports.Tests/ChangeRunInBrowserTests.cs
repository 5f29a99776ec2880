using Compliance.Reports.Tests.Support;
using Microsoft.Playwright;

namespace Compliance.Reports.Tests;

/// <summary>A change run's report in headless Chromium: it opens with what would break, and a check's evidence link reveals and opens that evidence.</summary>
[Category("Browser")]
public sealed class ChangeRunInBrowserTests
{
    private TempFolder _temp = null!;
    private OfflinePage _report = null!;

    private IPage Page => _report.Page;

    [SetUp]
    public async Task OpenReport()
    {
        _temp = new TempFolder();
        var folder = ReportWriter.WriteRun(ChangeRunReportTests.ChangeReport(), _temp.Combine("out"), []);
        _report = await OfflinePage.OpenAsync(Path.Combine(folder, "report.html"));
    }

    [TearDown]
    public async Task CloseBrowser()
    {
        await _report.DisposeAsync();
        _temp.Dispose();
    }

    [Test]
    public async Task Would_break_opens_the_page_and_its_evidence_link_shows_the_checks_evidence_even_when_filtered_out()
    {
        var heading = Page.Locator("#would-break h2");
        Assert.That(await heading.TextContentAsync(), Is.EqualTo("This change would break"));
        Assert.That((await heading.BoundingBoxAsync())!.Y, Is.LessThan(200), "the first thing on the page");

        await Page.SelectOptionAsync("#filter-outcome", "passed");
        Assert.That(await Page.Locator("#req-NET-07").IsVisibleAsync(), Is.False);
        await Page.Locator("#would-break a[href='#check-SecureZoneReachesNoInternetTcpPort']").ClickAsync();

        await Page.WaitForFunctionAsync("() => location.hash === '#check-SecureZoneReachesNoInternetTcpPort'");
        Assert.That(await Page.Locator("#req-NET-07").IsVisibleAsync(), Is.True, "the check's requirement is shown again");
        Assert.That(await Page.EvaluateAsync<bool>("() => document.querySelector('#check-SecureZoneReachesNoInternetTcpPort details.evidence').open"), Is.True, "its evidence is open");
        Assert.That(_report.NetworkRequests, Is.Empty);
        Assert.That(_report.ConsoleProblems, Is.Empty);
    }
}
