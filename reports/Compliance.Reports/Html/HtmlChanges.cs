using System.Text;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>
/// The section that opens the report, "Since &lt;run&gt;": new failures, fixed, still failing and new Not verified, by
/// requirement and by check, each linked to its requirement's section, and the inputs whose hashes changed.
/// </summary>
internal static class HtmlChanges
{
    public static void Render(StringBuilder html, RunChanges changes, RunMetadata current)
    {
        html.Append("<section id=\"changes\" aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">");
        if (changes.Compared is not { } compared)
        {
            html.Append("Since the last run: nothing to compare with</h2>\n<p class=\"basis\">")
                .Append(Encode(Sentence(changes.Basis))).Append(".</p>\n</section>\n");
            return;
        }

        html.Append("Since ").Append(Encode(compared.RunId)).Append(" (").Append(Utc(compared.StartedUtc)).Append(")</h2>\n")
            .Append("<p class=\"basis\">Compared with ").Append(Encode(changes.Basis)).Append(".</p>\n");
        Differences(html, compared, current);
        html.Append("<ul class=\"change-counts\">");
        foreach (var kind in ChangeKinds.All)
        {
            html.Append("<li><a href=\"#change-").Append(kind.JsonName).Append("\">").Append(kind.Label).Append("</a>: ")
                .Append(Requirements(changes.Requirements.Of(kind).Count)).Append(", ").Append(Checks(changes.Checks.Of(kind).Count)).Append("</li>");
        }

        html.Append("</ul>\n");
        foreach (var kind in ChangeKinds.All)
        {
            Kind(html, kind, changes);
        }

        Inputs(html, changes.Inputs);
        html.Append("</section>\n");
    }

    private static void Differences(StringBuilder html, ComparedRun compared, RunMetadata current)
    {
        var notes = new List<string>();
        if (!compared.Complete)
        {
            notes.Add("it is incomplete (cancelled before every check finished)");
        }

        if (compared.Environment != current.Environment)
        {
            notes.Add($"it checked the environment {compared.Environment}");
        }

        if (compared.Selection != current.Selection)
        {
            notes.Add($"its selection was {compared.Selection}");
        }

        if (notes.Count > 0)
        {
            html.Append("<p class=\"compared-differs\">The compared run differs from this one: ").Append(Encode(string.Join("; ", notes))).Append(".</p>\n");
        }
    }

    private static void Kind(StringBuilder html, ChangeKind kind, RunChanges changes)
    {
        var requirements = changes.Requirements.Of(kind);
        var checks = changes.Checks.Of(kind);
        html.Append("<section class=\"change-kind\" id=\"change-").Append(kind.JsonName).Append("\" data-count=\"")
            .Append(HtmlReport.Count(requirements.Count + checks.Count)).Append("\">\n<h3>").Append(kind.Label).Append("</h3>\n");
        if (requirements.Count == 0 && checks.Count == 0)
        {
            html.Append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"changes\">\n<thead><tr><th scope=\"col\">Requirement or check</th><th scope=\"col\">Before</th><th scope=\"col\">Now</th></tr></thead>\n<tbody>\n");
        foreach (var r in requirements)
        {
            Row(html, "req", r.Id, $"<span class=\"rid\">{Encode(r.Id)}</span> {Encode(r.Title)}", r.Before, r.After);
        }

        foreach (var c in checks)
        {
            Row(html, "check", c.ControlId, $"<code class=\"cid\">{Encode(c.CheckId)}</code> ({Encode(c.ControlId)})", c.Before, c.After);
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string what, string requirementId, string name, Outcome? before, Outcome after) =>
        html.Append("<tr class=\"").Append(what).Append("\"><th scope=\"row\"><a href=\"#req-").Append(Encode(requirementId)).Append("\">")
            .Append(name).Append("</a></th><td>")
            .Append(before is { } b ? HtmlRequirement.Badge(b) : "<span class=\"not-checked\">not checked</span>")
            .Append("</td><td>").Append(HtmlRequirement.Badge(after)).Append("</td></tr>\n");

    private static void Inputs(StringBuilder html, IReadOnlyList<InputChange> inputs)
    {
        html.Append("<section class=\"change-kind\" id=\"change-inputs\">\n<h3>Inputs</h3>\n");
        if (inputs.Count == 0)
        {
            html.Append("<p class=\"none\">Every input has the same SHA-256 as in the compared run.</p>\n</section>\n");
            return;
        }

        html.Append("<p>The hashes of these inputs differ from the compared run's:</p>\n<ul class=\"inputs-changed\">\n");
        foreach (var input in inputs)
        {
            html.Append("<li><code>").Append(Encode(input.Name)).Append("</code>: ").Append(input switch
            {
                { Before: null } => "new (" + Short(input.After) + ")",
                { After: null } => "no longer read (was " + Short(input.Before) + ")",
                _ => "changed (" + Short(input.Before) + " to " + Short(input.After) + ")",
            }).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static string Short(string? sha256) => Encode(sha256?[..Math.Min(12, sha256.Length)]);

    private static string Requirements(int n) => HtmlReport.Count(n) + (n == 1 ? " requirement" : " requirements");

    private static string Checks(int n) => HtmlReport.Count(n) + (n == 1 ? " check" : " checks");

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
