using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Spectre.Console;

namespace Compliance.Runner.Output;

/// <summary>The concise terminal summary of a run: requirements by outcome, what failed or could not be verified, what changed since the compared run, where the reports are.</summary>
public static class SummaryPrinter
{
    /// <summary>Prints the summary.</summary>
    public static void Print(IAnsiConsole console, RunReport report, string runDirectory, string logPath, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metadata;
        console.MarkupLine($"[bold]Compliance run {Markup.Escape(m.RunId)}[/] environment [bold]{Markup.Escape(m.Environment)}[/] ({Markup.Escape(m.EnvironmentKind)}), {Markup.Escape(m.Selection)}");
        var table = new Table().AddColumn("Outcome").AddColumn(new TableColumn("Requirements").RightAligned());
        foreach (var outcome in Outcome.WorstFirst)
        {
            var count = report.Requirements.Count(r => r.Outcome == outcome);
            if (count > 0)
            {
                table.AddRow($"[{outcome.Colour}]{outcome.Label}[/]", Number(count));
            }
        }

        console.Write(table);
        var counted = report.Requirements.Where(r => r.Outcome != Outcome.Planned).ToList();
        console.MarkupLine($"{Number(counted.Count(r => r.Outcome.IsCompliant))} of {Number(counted.Count)} requirements compliant (planned ones not counted)");
        foreach (var r in report.Requirements.Where(r => !r.Outcome.IsCompliant && r.Outcome != Outcome.Planned))
        {
            console.MarkupLine($"  [{r.Outcome.Colour}]{r.Outcome.Label}[/] {Markup.Escape(r.Policy.Id)} {Markup.Escape(r.Policy.Title)}: {Markup.Escape(r.Message)}");
        }

        ChangesPrinter.Print(console, report.Changes);
        console.MarkupLine($"Reports: {Markup.Escape(runDirectory)}");
        console.MarkupLine($"Log:     {Markup.Escape(logPath)}");
        console.MarkupLine($"Exit code {exitCode}");
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
