using System.Diagnostics;
using System.Text.RegularExpressions;
using Compliance.Reports.Tests.Support;
using Microsoft.Playwright;

namespace Compliance.Reports.Tests;

/// <summary>The "Since" section and the outcome history of report.html in headless Chromium, on screen and printed.</summary>
[Category("Browser")]
public sealed class ChangesInBrowserTests
{
    private TempFolder _temp = null!;
    private OfflinePage _report = null!;

    private IPage Page => _report.Page;

    [SetUp]
    public async Task OpenReport()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
        _report = await OfflinePage.OpenAsync(Path.Combine(folder, "report.html"));
    }

    [TearDown]
    public async Task CloseBrowser()
    {
        await _report.DisposeAsync();
        _temp.Dispose();
    }

    [Test]
    public async Task Since_section_opens_the_page_and_its_links_reveal_a_requirement_hidden_by_the_filter()
    {
        var heading = Page.Locator("#changes h2");
        Assert.That(await heading.TextContentAsync(), Is.EqualTo("Since 20261130T210000Z-0a03 (2026-11-30 21:00:00 UTC)"));
        Assert.That((await heading.BoundingBoxAsync())!.Y, Is.LessThan(200), "the changes are the first thing on the page");
        await SaveScreenshot("changes.png", Page.Locator("#changes"));

        await Page.SelectOptionAsync("#filter-outcome", "passed");
        Assert.That(await Page.Locator("#req-NET-07").IsVisibleAsync(), Is.False);
        await Page.Locator("#change-new_failures a[href='#req-NET-07']").First.ClickAsync();

        await Page.WaitForFunctionAsync("() => location.hash === '#req-NET-07'");
        Assert.That(await Page.Locator("#req-NET-07").IsVisibleAsync(), Is.True, "the linked requirement is shown again");
        Assert.That(await Page.InputValueAsync("#filter-outcome"), Is.Empty, "the filter was cleared");
        Assert.That(await Page.EvaluateAsync<double>("() => document.getElementById('req-NET-07').getBoundingClientRect().top"), Is.InRange(-5, 300),
            "the requirement is scrolled into view");
        Assert.That(_report.NetworkRequests, Is.Empty, "the report made network requests");
        Assert.That(_report.ConsoleProblems, Is.Empty, "the console reported problems");
    }

    [Test]
    public async Task History_strip_shows_a_symbol_per_run_with_its_run_on_hover_and_the_current_run_outlined()
    {
        var cells = Page.Locator("#req-NET-07 ol.strip li");

        Assert.That(await cells.AllTextContentsAsync(), Is.EqualTo(new[] { "P", "?", "P", "F" }));
        Assert.That(await cells.Last.GetAttributeAsync("title"), Does.StartWith("this run, 20261201T210000Z-lab"));
        Assert.That(await cells.Last.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"), Is.EqualTo("solid"));
        Assert.That(await cells.First.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"), Is.EqualTo("none"));
        var boxes = await Task.WhenAll((await cells.AllAsync()).Select(c => c.BoundingBoxAsync()));
        Assert.That(boxes.Select(b => Math.Round(b!.Y)).Distinct().Count(), Is.EqualTo(1), "the strip is one compact row");
        Assert.That(boxes.Max(b => b!.Width), Is.LessThan(30));
        await SaveScreenshot("strip.png", Page.Locator("#req-NET-07"));
    }

    [Test]
    public async Task History_cells_and_change_badges_meet_the_wcag_aa_text_contrast()
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
              return [...document.querySelectorAll('.cell, #changes .badge')].map(e => {
                const [hi, lo] = [lum(getComputedStyle(e).color), lum(background(e))].sort((a, b) => b - a);
                return { text: e.className + ' ' + e.textContent, ratio: (hi + 0.05) / (lo + 0.05) };
              }).filter(x => x.ratio < 4.5).map(x => x.text + ' ' + x.ratio.toFixed(2));
            }
            """;

        Assert.That(await Page.Locator(".cell").CountAsync(), Is.GreaterThan(30));
        Assert.That(await Page.EvaluateAsync<string[]>(Script), Is.Empty);
    }

    [Test]
    public async Task Printed_report_keeps_the_changes_the_strips_and_the_legend_readable_without_colour()
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Page.SetViewportSizeAsync(794, 1123);
        Assert.That(await Page.Locator("#changes table.changes").First.IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#history-legend").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#req-NET-07 ol.strip").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator("#req-NET-07 ol.strip li").First.EvaluateAsync<string>("e => getComputedStyle(e).printColorAdjust"), Is.EqualTo("exact"));
        await SaveScreenshot("printed.png");
        var hashWidths = await Page.Locator("#run details.inputs dd").EvaluateAllAsync<double[]>("ds => ds.map(d => d.getBoundingClientRect().width)");
        Assert.That(hashWidths, Is.Not.Empty.And.All.GreaterThan(250), "on an A4 page a long input name leaves its hash room to be read");

        var pdf = _temp.Combine("report.pdf");
        await Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = false });
        var text = PdfText(pdf);

        Assert.That(text, Does.Contain("Since 20261130T210000Z-0a03 (2026-11-30 21:00:00 UTC)"));
        Assert.That(Regex.IsMatch(text, @"NET-07 NET-07 title\s+Passed\s+Failed"), Is.True, "the new failure with before and now: " + text[..Math.Min(text.Length, 3000)]);
        Assert.That(Regex.IsMatch(text, @"F\s+Failed\s+\?\s+Not verified\s+W\s+Waived\s+P\s+Passed"), Is.True, "the legend");
        Assert.That(Regex.IsMatch(text, @"Last 4 complete runs\s+P\s*\?\s*P\s*F"), Is.True, "the strip of NET-07 reads without colour");
        Assert.That(_report.ConsoleProblems, Is.Empty, "the console reported problems");
    }

    private static string PdfText(string pdf)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            Assert.Fail("/usr/bin/pdftotext is missing: apt-get install -y poppler-utils");
        }

        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    private async Task SaveScreenshot(string name, ILocator? element = null)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.MethodName + "-" + name);
        if (element is null)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        else
        {
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }

        TestContext.AddTestAttachment(path, "report.html in Chromium");
    }
}
