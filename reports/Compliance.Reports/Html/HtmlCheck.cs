using System.Text;
using Compliance.Core.Evidence;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>One check of a requirement: outcome, message, waiver and its evidence, collapsed on screen and expanded in print.</summary>
internal static class HtmlCheck
{
    public static void Render(StringBuilder html, ResolvedCheck c)
    {
        var result = c.Result;
        html.Append("<li class=\"check\" id=\"check-").Append(Encode(result.CheckId)).Append("\" data-outcome=\"").Append(c.Outcome.JsonName).Append("\">\n<div class=\"check-head\">")
            .Append(HtmlRequirement.Badge(c.Outcome)).Append("<code class=\"cid\">").Append(Encode(result.CheckId)).Append("</code> ")
            .Append("<span class=\"ctitle\">").Append(Encode(result.Title)).Append("</span></div>\n")
            .Append("<p class=\"cmsg\">").Append(Encode(c.Message)).Append("</p>\n");
        if (c.Outcome != result.Outcome || c.Message != result.Message)
        {
            html.Append("<p class=\"orig\">Before waivers: ").Append(result.Outcome.Label).Append(". ")
                .Append(Encode(result.Message)).Append("</p>\n");
        }

        if (c.Waiver is not null)
        {
            Waiver(html, c.Waiver, c.WaiverExpired);
        }

        html.Append("<details class=\"evidence\"><summary>Evidence: ").Append(HtmlReport.Count(result.Evidence.Count))
            .Append(result.Evidence.Count == 1 ? " item" : " items").Append(", ").Append(Utc(result.StartedUtc)).Append(" to ")
            .Append(Utc(result.EndedUtc)).Append("</summary>\n");
        foreach (var item in result.Evidence)
        {
            Evidence(html, item);
        }

        html.Append("</details>\n</li>\n");
    }

    private static void Evidence(StringBuilder html, EvidenceItem e)
    {
        html.Append("<div class=\"ev\"><dl>\n");
        HtmlReport.Entry(html, "Vantage", e.Vantage);
        HtmlReport.Entry(html, "Target", e.Target);
        HtmlReport.Entry(html, "Probe", e.Probe);
        HtmlReport.Entry(html, "Expected", e.Expected);
        HtmlReport.Entry(html, "Observed", e.Observed);
        HtmlReport.Entry(html, "Time", Utc(e.StartedUtc) + " to " + Utc(e.EndedUtc));
        html.Append("</dl>\n");
        if (!string.IsNullOrEmpty(e.RawExcerpt))
        {
            html.Append("<pre class=\"raw\">").Append(Encode(e.RawExcerpt)).Append("</pre>\n");
        }

        html.Append("</div>\n");
    }

    private static void Waiver(StringBuilder html, Waiver w, bool expired)
    {
        html.Append("<div class=\"waiver").Append(expired ? " expired" : string.Empty).Append("\"><p class=\"box-title\">Waiver")
            .Append(expired ? " <span class=\"flag\">Expired</span>" : string.Empty).Append("</p><dl>\n");
        HtmlReport.Entry(html, "Applies to", w.Target);
        HtmlReport.Entry(html, "Ticket", w.Ticket);
        HtmlReport.Entry(html, "Approver", w.Approver);
        HtmlReport.Entry(html, "Justification", w.Justification);
        HtmlReport.Entry(html, "Expires", Date(w.Expires) + (expired ? " (expired)" : string.Empty));
        html.Append("</dl></div>\n");
    }
}
