using System.Text;
using Compliance.Core.Changes;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>
/// The sections that open a change run's report: "This change would break" (what Failed or became Not verified with
/// the change and was not without it) and "This change would fix", each check with its requirement, message and a link
/// to its evidence in the full report below.
/// </summary>
internal static class HtmlChangeImpact
{
    public static void Render(StringBuilder html, ChangeRun run)
    {
        var impact = run.Impact;
        var broken = impact.Checks.Where(e => e.Effect == ChangeEffect.NewlyFailed).ToList();
        var unverified = impact.Checks.Where(e => e.Effect == ChangeEffect.NewlyNotVerified).ToList();
        html.Append("<section id=\"would-break\" aria-labelledby=\"would-break-h\">\n<h2 id=\"would-break-h\">This change would break</h2>\n");
        About(html, run);
        var requirements = impact.Requirements.Count(e => e.Effect == ChangeEffect.NewlyFailed);
        if (broken.Count == 0)
        {
            html.Append("<p class=\"none\">Nothing: no check Failed with the change that did not fail without it.</p>\n");
        }
        else
        {
            html.Append("<p>Failed with the change, not Failed without it: ").Append(HtmlReport.Count(requirements))
                .Append(requirements == 1 ? " requirement, " : " requirements, ").Append(HtmlReport.Count(broken.Count)).Append(broken.Count == 1 ? " check.</p>\n" : " checks.</p>\n");
            Table(html, "break", broken);
        }

        if (unverified.Count > 0)
        {
            html.Append("<h3>Could no longer be verified</h3>\n<p>Not verified with the change, established without it:</p>\n");
            Table(html, "unverified", unverified);
        }

        html.Append("</section>\n<section id=\"would-fix\" aria-labelledby=\"would-fix-h\">\n<h2 id=\"would-fix-h\">This change would fix</h2>\n");
        var fixes = impact.Checks.Where(e => e.Effect == ChangeEffect.Fixed).ToList();
        if (fixes.Count == 0)
        {
            html.Append("<p class=\"none\">Nothing: no check that Failed or was Not verified without the change is compliant with it.</p>\n");
        }
        else
        {
            Table(html, "fix", fixes);
        }

        html.Append("</section>\n");
    }

    private static void About(StringBuilder html, ChangeRun run)
    {
        html.Append("<p class=\"basis\">The change <code>").Append(Encode(Path.GetFileName(run.Change.File))).Append("</code> (")
            .Append(run.Change.Format == ChangeFormat.Patch ? "a patch to the lab's files" : "steps run in the lab's hosts")
            .Append(", SHA-256 <code>").Append(Encode(run.Change.Sha256[..12])).Append("</code>): ").Append(Encode(run.Change.Description.TrimEnd('.')))
            .Append(". Tried on the lab instance <code>").Append(Encode(run.Instance)).Append("</code>, compared with the baseline run <code>")
            .Append(Encode(run.BaselineRunId)).Append("</code> (").Append(Utc(run.BaselineStartedUtc)).Append(run.BaselineReused ? ", an earlier baseline of the same inputs" : "")
            .Append(") of the lab as it stands, same selection.</p>\n");
    }

    private static void Table(StringBuilder html, string kind, IReadOnlyList<ImpactEntry> entries)
    {
        html.Append("<table class=\"changes impact-").Append(kind).Append("\">\n<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">Check</th>")
            .Append("<th scope=\"col\">Without</th><th scope=\"col\">With the change</th><th scope=\"col\">Message</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
        foreach (var e in entries)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"#req-").Append(Encode(e.ControlId)).Append("\"><span class=\"rid\">").Append(Encode(e.ControlId))
                .Append("</span> ").Append(Encode(e.Title)).Append("</a></th><td><code class=\"cid\">").Append(Encode(e.CheckId)).Append("</code></td><td>")
                .Append(e.Before is { } b ? HtmlRequirement.Badge(b) : "<span class=\"not-checked\">not checked</span>")
                .Append("</td><td>").Append(HtmlRequirement.Badge(e.After)).Append("</td><td>").Append(Encode(e.Message))
                .Append("</td><td><a href=\"#check-").Append(Encode(e.CheckId)).Append("\">evidence</a></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
