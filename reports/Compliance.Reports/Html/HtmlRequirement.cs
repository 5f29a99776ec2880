using System.Text;
using Compliance.Core.Catalog;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.Folder;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>One requirement: its policy text, source quote, mappings, outcome, checks and attestation; its outcome in the earlier runs (<see cref="HtmlHistory"/>).</summary>
internal static class HtmlRequirement
{
    public static void Render(StringBuilder html, RequirementResult r, IReadOnlyList<StoredEvidence> stored, RunHistory history, string runId)
    {
        var p = r.Policy;
        var code = r.Outcome.JsonName;
        html.Append("<article class=\"req\" id=\"req-").Append(Encode(p.Id))
            .Append("\" data-outcome=\"").Append(code).Append("\" data-family=\"").Append(Encode(p.Family)).Append("\">\n")
            .Append("<header class=\"req-head\">").Append(Badge(r.Outcome))
            .Append("<h3><span class=\"rid\">").Append(Encode(p.Id)).Append("</span> ").Append(Encode(p.Title)).Append("</h3>")
            .Append("<span class=\"tags\">").Append(Encode(p.Family)).Append(" · severity ").Append(Encode(p.Severity.ToString()))
            .Append(" · ").Append(p.Kind == PolicyKind.Manual ? "manual" : "automated")
            .Append(p.Status == PolicyStatus.Planned ? " · planned" : string.Empty).Append("</span></header>\n");
        HtmlHistory.Strip(html, p.Id, history, runId);
        html.Append("<p class=\"statement\">").Append(Encode(p.Statement)).Append("</p>\n")
            .Append("<blockquote class=\"quote\" lang=\"ja\">").Append(Encode(p.SourceQuote)).Append("</blockquote>\n")
            .Append("<p class=\"mappings\"><span class=\"map-label\">ISO/IEC 27001:2022</span> ").Append(Encode(string.Join(", ", p.Iso27001)))
            .Append(" <span class=\"map-label\">NIST SP 800-53 r5</span> ").Append(Encode(string.Join(", ", p.Nist80053))).Append("</p>\n")
            .Append("<p class=\"rationale\"><span class=\"map-label\">Rationale</span> ").Append(Encode(p.Rationale)).Append("</p>\n");
        if (CoverageDocument.Href(p.Id) is { } href)
        {
            html.Append("<p class=\"coverage-link\"><a href=\"").Append(Encode(href)).Append("\">What a pass of ").Append(Encode(p.Id))
                .Append(" covers, how it can be broken and what the suite cannot see</a></p>\n");
        }

        if (!string.IsNullOrWhiteSpace(r.Message))
        {
            html.Append("<p class=\"message\">").Append(Encode(r.Message)).Append("</p>\n");
        }

        if (r.Checks.Count > 0)
        {
            html.Append("<ol class=\"checks\">\n");
            foreach (var check in r.Checks)
            {
                HtmlCheck.Render(html, check);
            }

            html.Append("</ol>\n");
        }

        if (r.Attestation is not null)
        {
            HtmlAttestation.Render(html, r.Attestation, r.AttestationExpired, stored);
        }

        html.Append("</article>\n");
    }

    /// <summary>An outcome badge: the label as text, the colour as a second cue.</summary>
    public static string Badge(Outcome outcome) =>
        $"<span class=\"badge {outcome.CssClass}\">{outcome.Label}</span>";
}
