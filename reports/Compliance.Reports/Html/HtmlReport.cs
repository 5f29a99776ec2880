using System.Text;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.Folder;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>Renders <c>report.html</c>: one self-contained page (inline CSS and script, no fetches) for people and printers.</summary>
internal static class HtmlReport
{
    public const string FileName = "report.html";

    public static string Render(RunReport report, IReadOnlyList<StoredEvidence> stored)
    {
        var m = report.Metadata;
        var summary = RunSummary.Of(report);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Encode(HtmlAssets.ContentSecurityPolicy)).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Compliance report: ").Append(Encode(m.Environment)).Append(" run ").Append(Encode(m.RunId)).Append("</title>\n")
            .Append("<style>").Append(HtmlAssets.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"top\"><h1>Compliance report</h1><p class=\"sub\">").Append(Encode(m.Environment))
            .Append(" (").Append(Encode(m.EnvironmentKind)).Append("), run ").Append(Encode(m.RunId)).Append("</p></header>\n<main>\n");
        if (!m.Complete)
        {
            html.Append("<p class=\"banner incomplete\" role=\"alert\"><strong>Incomplete run.</strong> ").Append(Encode(RunMetadata.IncompleteReason)).Append("</p>\n");
        }

        if (report.Change is { } change)
        {
            HtmlChangeImpact.Render(html, change);
        }

        HtmlChanges.Render(html, report.Changes, m);
        Metadata(html, m);
        HtmlSummary.Render(html, summary);
        html.Append("<section id=\"requirements\" aria-labelledby=\"requirements-h\">\n<h2 id=\"requirements-h\">Requirements</h2>\n");
        Toolbar(html, summary, report.Requirements.Count);
        HtmlHistory.Legend(html, report.History, m.RunId);
        foreach (var requirement in report.Requirements)
        {
            HtmlRequirement.Render(html, requirement, stored, report.History, m.RunId);
        }

        html.Append("<p id=\"no-match\" hidden>No requirement matches the filter.</p>\n</section>\n</main>\n")
            .Append("<footer><p>Compliance suite ").Append(Encode(m.ToolVersion))
            .Append(". Every file of this run folder is listed with its SHA-256 in <code>manifest.sha256</code>; verify with <code>sha256sum -c manifest.sha256</code>, and a signed run (<code>manifest.sha256.p7s</code>) with <code>./run-checks.sh --verify FOLDER --trust CERTIFICATE</code>.</p></footer>\n")
            .Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Metadata(StringBuilder html, RunMetadata m)
    {
        html.Append("<section id=\"run\" aria-labelledby=\"run-h\">\n<h2 id=\"run-h\">Run</h2>\n<dl class=\"meta\">\n");
        Entry(html, "Run ID", m.RunId);
        Entry(html, "Environment", m.Environment);
        Entry(html, "Kind", m.EnvironmentKind);
        Entry(html, "Started", Utc(m.StartedUtc));
        Entry(html, "Ended", Utc(m.EndedUtc));
        Entry(html, "Tool version", m.ToolVersion);
        Entry(html, "Git commit", m.GitCommit);
        Entry(html, "Inventory SHA-256", m.InventorySha256);
        Entry(html, "Selection", m.Selection);
        Entry(html, "Complete", m.Complete ? "yes" : "no: cancelled before every check finished");
        Entry(html, "Run kind", m.RunKind);
        html.Append("</dl>\n");
        if (m.InputHashes.Count > 0)
        {
            html.Append("<details class=\"inputs\"><summary>Inputs (SHA-256 of each file the run read)</summary>\n<dl class=\"meta\">\n");
            foreach (var input in m.InputHashes)
            {
                Entry(html, input.Name, input.Sha256);
            }

            html.Append("</dl>\n</details>\n");
        }

        html.Append("</section>\n");
    }

    private static void Toolbar(StringBuilder html, RunSummary summary, int total)
    {
        html.Append("<div class=\"toolbar\" role=\"search\">\n<label for=\"filter-outcome\">Outcome</label>\n<select id=\"filter-outcome\"><option value=\"\">All outcomes</option>");
        foreach (var outcome in Outcome.WorstFirst)
        {
            html.Append("<option value=\"").Append(outcome.JsonName).Append("\">").Append(outcome.Label).Append("</option>");
        }

        html.Append("</select>\n<label for=\"filter-family\">Family</label>\n<select id=\"filter-family\"><option value=\"\">All families</option>");
        foreach (var family in summary.Families)
        {
            html.Append("<option value=\"").Append(Encode(family)).Append("\">").Append(Encode(family)).Append("</option>");
        }

        html.Append("</select>\n<label for=\"search\">Search</label>\n<input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"ID, title, host, text\">\n")
            .Append("<output id=\"shown\" aria-live=\"polite\">").Append(Count(total)).Append(" of ").Append(Count(total)).Append(" requirements shown</output>\n</div>\n");
    }

    internal static void Entry(StringBuilder html, string term, string? value) =>
        html.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    internal static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
