using Compliance.Reports.Tests.Support;
using Microsoft.Playwright;

namespace Compliance.Reports.Tests;

[Category("Browser")]
public sealed class ReportInBrowserTests
{
    private TempFolder _temp = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _networkRequests = [];

    [SetUp]
    public async Task OpenReport()
    {
        _consoleErrors.Clear();
        _networkRequests.Clear();
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
        (_playwright, _browser) = await Browser.LaunchAsync();
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            _networkRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        _page = await context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _consoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Add("page error: " + error);
        _page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                _networkRequests.Add(request.Url);
            }
        };
        await _page.GotoAsync(new Uri(Path.Combine(folder, "report.html")).AbsoluteUri);
        await _page.WaitForLoadStateAsync(LoadState.Load);
    }

    [TearDown]
    public async Task CloseBrowser()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _temp.Dispose();
    }

    [Test]
    public async Task Report_filters_by_outcome_and_family_and_searches_offline_without_errors()
    {
        Assert.That(await VisibleRequirementIds(), Has.Count.EqualTo(9));
        Assert.That(await _page.Locator("#shown").TextContentAsync(), Is.EqualTo("9 of 9 requirements shown"));

        await _page.SelectOptionAsync("#filter-outcome", "not_verified");
        Assert.That(await VisibleRequirementIds(), Is.EqualTo(new[] { "req-NET-10" }));

        await _page.SelectOptionAsync("#filter-outcome", "failed");
        Assert.That(await VisibleRequirementIds(), Is.EqualTo(new[] { "req-NET-07", "req-ENC-02", "req-PHY-02" }));

        await _page.SelectOptionAsync("#filter-family", "Physical");
        Assert.That(await VisibleRequirementIds(), Is.EqualTo(new[] { "req-PHY-02" }));

        await _page.SelectOptionAsync("#filter-outcome", string.Empty);
        await _page.SelectOptionAsync("#filter-family", string.Empty);
        await _page.FillAsync("#search", "HSM01");
        Assert.That(await VisibleRequirementIds(), Is.EqualTo(new[] { "req-ENC-03" }));
        Assert.That(await _page.Locator("#shown").TextContentAsync(), Is.EqualTo("1 of 9 requirements shown"));

        await _page.FillAsync("#search", "no requirement mentions this");
        Assert.That(await VisibleRequirementIds(), Is.Empty);
        Assert.That(await _page.Locator("#no-match").IsVisibleAsync(), Is.True);

        await _page.FillAsync("#search", string.Empty);
        Assert.That(await VisibleRequirementIds(), Has.Count.EqualTo(9));
        await SaveScreenshot("report-all.png");

        Assert.That(_networkRequests, Is.Empty, "the report made network requests");
        Assert.That(_consoleErrors, Is.Empty, "the console reported problems");
    }

    [Test]
    public async Task Evidence_expands_on_click_shows_hostile_text_inert_and_prints_expanded()
    {
        var raw = _page.Locator("#req-NET-07 pre.raw");
        Assert.That(await raw.IsVisibleAsync(), Is.False);

        await _page.Locator("#req-NET-07 details.evidence summary").ClickAsync();
        Assert.That(await raw.IsVisibleAsync(), Is.True);
        Assert.That(await raw.TextContentAsync(), Does.Contain("<script>window.hostile = 1</script>"));
        Assert.That(await _page.EvaluateAsync<bool>("() => window.hostile === undefined"), Is.True);
        await SaveScreenshot("report-evidence.png", _page.Locator("#req-NET-07"));

        await _page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.That(await _page.Locator("#req-NET-04 pre.raw").IsVisibleAsync(), Is.True, "closed evidence is printed");
        Assert.That(await _page.Locator("#filter-outcome").IsVisibleAsync(), Is.False, "filters are not printed");

        Assert.That(_networkRequests, Is.Empty, "the report made network requests");
        Assert.That(_consoleErrors, Is.Empty, "the console reported problems");
    }

    [Test]
    public async Task Requirement_link_opens_its_section_of_the_coverage_page_offline()
    {
        await _page.Locator("#req-NET-07 .coverage-link a").ClickAsync();
        await _page.WaitForURLAsync("**/coverage.html#NET-07");

        var section = _page.Locator("h2:has(> #NET-07)");
        Assert.That(await section.TextContentAsync(), Does.StartWith("NET-07 "));
        Assert.That(await section.IsVisibleAsync(), Is.True);
        Assert.That(await _page.EvaluateAsync<double>("() => document.getElementById('NET-07').getBoundingClientRect().top"), Is.InRange(-5, 100),
            "the section is scrolled into view");
        await SaveScreenshot("coverage-net-07.png", fullPage: false);

        await _page.Locator("header.top a[href='report.html']").ClickAsync();
        await _page.WaitForURLAsync("**/report.html");

        Assert.That(_networkRequests, Is.Empty, "the pages made network requests");
        Assert.That(_consoleErrors, Is.Empty, "the console reported problems (a blocked style or script among them)");
    }

    [Test]
    public async Task Outcome_badges_and_summary_cells_meet_the_wcag_aa_text_contrast()
    {
        const string Script = """
            () => {
              const lum = c => {
                const [r, g, b] = c.match(/[0-9.]+/g).slice(0, 3).map(v => {
                  v = Number(v) / 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const background = e => {
                for (; e; e = e.parentElement) {
                  const c = getComputedStyle(e).backgroundColor;
                  if (c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c)) { return c; }
                }
                return 'rgb(255, 255, 255)';
              };
              return [...document.querySelectorAll('.badge, table.summary td')].map(e => {
                const [hi, lo] = [lum(getComputedStyle(e).color), lum(background(e))].sort((a, b) => b - a);
                return { text: e.className + ' ' + e.textContent, ratio: (hi + 0.05) / (lo + 0.05) };
              }).filter(x => x.ratio < 4.5).map(x => x.text + ' ' + x.ratio.toFixed(2));
            }
            """;

        var lowContrast = await _page.EvaluateAsync<string[]>(Script);

        Assert.That(lowContrast, Is.Empty);
    }

    [Test]
    public async Task Network_guard_catches_a_page_that_fetches_from_the_network()
    {
        var page = _temp.Combine("fetching.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><title>x</title><img src=\"http://198.18.0.1/pixel.png\" alt=\"\">");

        await _page.GotoAsync(new Uri(page).AbsoluteUri);
        await _page.WaitForLoadStateAsync(LoadState.Load);

        Assert.That(_networkRequests, Has.Some.StartsWith("http://198.18.0.1/"));
    }

    private async Task<IReadOnlyList<string>> VisibleRequirementIds()
    {
        var ids = new List<string>();
        foreach (var row in await _page.Locator("article.req:visible").AllAsync())
        {
            ids.Add(await row.GetAttributeAsync("id") ?? string.Empty);
        }

        return ids;
    }

    private async Task SaveScreenshot(string name, ILocator? element = null, bool fullPage = true)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.MethodName + "-" + name);
        if (element is null)
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        }
        else
        {
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }

        TestContext.AddTestAttachment(path, "report.html in Chromium");
    }
}
