using Compliance.Core.Changes;
using Compliance.Core.Outcomes;
using Spectre.Console;

namespace Compliance.Runner.Output;

/// <summary>The terminal's account of a change run: what it would break (and leave Not verified), then what it would fix, as report.html opens.</summary>
public static class ChangeImpactPrinter
{
    /// <summary>Prints the impact of <paramref name="run"/> (nothing for a run that tried no change).</summary>
    public static void Print(IAnsiConsole console, ChangeRun? run)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (run is null)
        {
            return;
        }

        console.MarkupLine($"[bold]Change[/] {Markup.Escape(run.Change.File)} (SHA-256 {Markup.Escape(run.Change.Sha256)}), baseline {Markup.Escape(run.BaselineRunId)}{(run.BaselineReused ? " (reused)" : string.Empty)}");
        Section(console, "This change would break", run.Impact.Checks.Where(e => e.Effect == ChangeEffect.NewlyFailed).ToList());
        var unverified = run.Impact.Checks.Where(e => e.Effect == ChangeEffect.NewlyNotVerified).ToList();
        if (unverified.Count > 0)
        {
            Section(console, "It would leave Not verified", unverified);
        }

        Section(console, "This change would fix", run.Impact.Checks.Where(e => e.Effect == ChangeEffect.Fixed).ToList());
        var unchanged = run.Impact.Requirements.Count(e => e.Effect == ChangeEffect.Unchanged);
        console.MarkupLine($"Unchanged: {unchanged} of {run.Impact.Requirements.Count} requirements");
    }

    private static void Section(IAnsiConsole console, string heading, List<ImpactEntry> entries)
    {
        console.MarkupLine($"[bold]{heading}[/]: {(entries.Count == 0 ? "nothing" : $"{entries.Count} {(entries.Count == 1 ? "check" : "checks")}")}");
        foreach (var e in entries)
        {
            var before = e.Before is { } b ? $"[{b.Colour}]{b.Label}[/]" : "not checked";
            console.MarkupLine($"  {Markup.Escape(e.ControlId)} {Markup.Escape(e.CheckId ?? string.Empty)} ({before} -> [{e.After.Colour}]{e.After.Label}[/]): {Markup.Escape(e.Message)}");
        }
    }
}
