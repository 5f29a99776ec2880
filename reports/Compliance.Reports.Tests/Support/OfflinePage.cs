using Microsoft.Playwright;

namespace Compliance.Reports.Tests.Support;

/// <summary>
/// A page of a run folder opened in headless Chromium with every request off <c>file:</c> aborted and recorded, and
/// every console error, warning and page error recorded.
/// </summary>
internal sealed class OfflinePage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflinePage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> NetworkRequests { get; } = [];

    public List<string> ConsoleProblems { get; } = [];

    public static async Task<OfflinePage> OpenAsync(string file)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = new OfflinePage(playwright, browser, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            page.NetworkRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                page.ConsoleProblems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.Page.PageError += (_, error) => page.ConsoleProblems.Add("page error: " + error);
        await page.Page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.Page.WaitForLoadStateAsync(LoadState.Load);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
