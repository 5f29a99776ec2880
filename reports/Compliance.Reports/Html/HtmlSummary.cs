using System.Text;
using Compliance.Core.Outcomes;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>The summary table: requirements by family and outcome, and the checks by outcome.</summary>
internal static class HtmlSummary
{
    public static void Render(StringBuilder html, RunSummary summary)
    {
        html.Append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n")
            .Append("<table class=\"summary\">\n<caption>Requirements by family and outcome</caption>\n<thead><tr><th scope=\"col\">Family</th>");
        foreach (var outcome in Outcome.WorstFirst)
        {
            html.Append("<th scope=\"col\">").Append(outcome.Label).Append("</th>");
        }

        html.Append("<th scope=\"col\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var family in summary.Families)
        {
            Row(html, summary, family, "<th scope=\"row\">" + Encode(family) + "</th>");
        }

        html.Append("</tbody>\n<tfoot>\n");
        Row(html, summary, null, "<th scope=\"row\">All families</th>");
        html.Append("</tfoot>\n</table>\n<p class=\"check-totals\">Checks: ").Append(HtmlReport.Count(summary.Checks()));
        foreach (var outcome in Outcome.OfChecks)
        {
            html.Append(", ").Append(outcome.Label).Append(' ').Append(HtmlReport.Count(summary.Checks(outcome)));
        }

        html.Append(".</p>\n</section>\n");
    }

    private static void Row(StringBuilder html, RunSummary summary, string? family, string header)
    {
        html.Append("<tr>").Append(header);
        foreach (var outcome in Outcome.WorstFirst)
        {
            var n = summary.Requirements(family, outcome);
            html.Append("<td class=\"").Append(n == 0 ? "zero" : outcome.CssClass).Append("\">")
                .Append(HtmlReport.Count(n)).Append("</td>");
        }

        html.Append("<td class=\"total\">").Append(HtmlReport.Count(summary.Requirements(family))).Append("</td></tr>\n");
    }
}
