using System.Globalization;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Spectre.Console;

namespace Compliance.Runner.Output;

/// <summary>The "Since" lines of the terminal summary: the compared run, the requirements and checks that changed, and the inputs that did.</summary>
public static class ChangesPrinter
{
    /// <summary>Prints the changes.</summary>
    public static void Print(IAnsiConsole console, RunChanges changes)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Compared is not { } compared)
        {
            console.MarkupLine($"Since the last run: nothing to compare with ({Markup.Escape(changes.Basis)})");
            return;
        }

        var counts = ChangeKinds.All.Select(k => $"{k.Label} {Number(changes.Requirements.Of(k).Count)}");
        console.MarkupLine($"[bold]Since {Markup.Escape(compared.RunId)}[/] ({Markup.Escape(compared.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))}"
            + $"{(compared.Requested ? ", given with --compare" : string.Empty)}): {Markup.Escape(string.Join(", ", counts))}");
        foreach (var kind in ChangeKinds.All)
        {
            foreach (var r in changes.Requirements.Of(kind))
            {
                console.MarkupLine($"  {kind.Label}: {Markup.Escape(r.Id)} {Markup.Escape(r.Title)} ({Move(r.Before, r.After)})");
            }
        }

        foreach (var kind in ChangeKinds.All.Where(k => changes.Checks.Of(k).Count > 0))
        {
            var checks = changes.Checks.Of(kind).Select(c => $"{c.CheckId} ({c.ControlId})");
            console.MarkupLine($"  {kind.Label} (checks): {Markup.Escape(string.Join(", ", checks))}");
        }

        if (changes.Inputs.Count > 0)
        {
            console.MarkupLine($"  Inputs changed: {Markup.Escape(string.Join(", ", changes.Inputs.Select(i => i.Name)))}");
        }
    }

    private static string Move(Outcome? before, Outcome after) =>
        $"{(before is { } b ? $"[{b.Colour}]{b.Label}[/]" : "not checked")} -> [{after.Colour}]{after.Label}[/]";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
