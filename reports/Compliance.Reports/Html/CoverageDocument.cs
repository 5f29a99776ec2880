using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>
/// <c>docs/coverage.md</c> (embedded at build time): per requirement, how it can be broken, which check and scenario catch
/// each way, and what the suite cannot see. Every run folder gets it as <c>coverage.html</c>, a self-contained page whose
/// section of a requirement is the element with the requirement's ID (<c>coverage.html#NET-07</c>).
/// </summary>
internal static partial class CoverageDocument
{
    public const string FileName = "coverage.html";

    private const string ResourceName = "Compliance.Reports.coverage.md";

    /// <summary>The document's Markdown text.</summary>
    public static string Markdown { get; } = Load();

    /// <summary>The requirement IDs that have a section (an <c>&lt;a id="ID"&gt;&lt;/a&gt;</c> anchor).</summary>
    public static IReadOnlySet<string> Sections { get; } = Anchor().Matches(Markdown).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A Content-Security-Policy that forbids every fetch and script and allows only the report's stylesheet.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{HtmlAssets.StyleHash}'; img-src data:; form-action 'none'; base-uri 'none'";

    /// <summary>The link from a requirement to its section, or null when the document has no section for it.</summary>
    public static string? Href(string requirementId) =>
        Sections.Contains(requirementId) ? $"{FileName}#{requirementId}" : null;

    /// <summary>The whole page: the document rendered to HTML with the report's stylesheet, a link back to the report.</summary>
    public static string Render(string title)
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var html = new StringBuilder(128 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Encode(ContentSecurityPolicy)).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>What each check covers: ").Append(Encode(title)).Append("</title>\n")
            .Append("<style>").Append(HtmlAssets.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"top\"><p class=\"sub\"><a href=\"").Append(HtmlReport.FileName).Append("\">Back to the report</a> (")
            .Append(Encode(title)).Append(")</p></header>\n<main class=\"coverage\">\n")
            .Append(Markdig.Markdown.ToHtml(Markdown, pipeline))
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Load()
    {
        using var stream = typeof(CoverageDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("""<a id="([A-Z]+-[0-9]+)"></a>""")]
    private static partial Regex Anchor();
}
