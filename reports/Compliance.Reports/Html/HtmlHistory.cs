using System.Text;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>
/// A requirement's outcome in the last complete runs of its series as a strip of cells, oldest first: one symbol per
/// outcome as well as its colour, so it reads in black and white; and the legend, once, above the requirements.
/// </summary>
internal static class HtmlHistory
{
    public static void Legend(StringBuilder html, RunHistory history, string currentRunId)
    {
        if (history.Runs.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"history-legend\" id=\"history-legend\"><p><strong>History</strong>: each requirement's outcome in the last ")
            .Append(Runs(history.Runs.Count)).Append(" of this environment and selection, oldest first");
        if (history.Runs[^1].RunId == currentRunId)
        {
            html.Append("; the last cell, outlined, is this run");
        }

        html.Append(".</p>\n<ul class=\"legend\">");
        foreach (var outcome in Outcome.WorstFirst)
        {
            html.Append("<li><span class=\"cell ").Append(outcome.CssClass).Append("\">").Append(Encode(outcome.Symbol)).Append("</span> ")
                .Append(outcome.Label).Append("</li>");
        }

        html.Append("<li><span class=\"cell absent\"></span> not in that run</li></ul></div>\n");
    }

    public static void Strip(StringBuilder html, string requirementId, RunHistory history, string currentRunId)
    {
        if (history.Runs.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"history\"><span class=\"history-label\">Last ").Append(Runs(history.Runs.Count))
            .Append("</span> <ol class=\"strip\" aria-label=\"").Append(Encode(requirementId)).Append(" in the last ").Append(Runs(history.Runs.Count))
            .Append(", oldest first\">");
        foreach (var run in history.Runs)
        {
            var current = run.RunId == currentRunId;
            var outcome = run.OutcomeOf(requirementId);
            var when = (current ? "this run, " : string.Empty) + run.RunId + ", " + Utc(run.StartedUtc);
            html.Append("<li class=\"cell ").Append(outcome?.CssClass ?? "absent").Append(current ? " this" : string.Empty)
                .Append("\" title=\"").Append(Encode(when)).Append(": ").Append(outcome?.Label ?? "not in that run").Append("\">")
                .Append(outcome is { } o ? Encode(o.Symbol) : string.Empty).Append("</li>");
        }

        html.Append("</ol></div>\n");
    }

    private static string Runs(int n) => n == 1 ? "complete run" : HtmlReport.Count(n) + " complete runs";
}
