using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>Judges one sudo right against the approved list and the dangerous-command catalog.</summary>
public static class SudoRightReview
{
    /// <summary>
    /// Why the right is not acceptable for an infra account (empty when it is): <c>ALL</c>, a directory, a wildcard,
    /// a dangerous command, <c>SETENV</c>, a run-as target or a command line not on the approved list.
    /// </summary>
    public static IReadOnlyList<string> Problems(SudoRight right, IReadOnlyList<ApprovedSudoCommand> approved, DangerousCommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        if (right.Command == "ALL")
        {
            problems.Add("ALL: any command");
        }
        else if (right.Executable.EndsWith('/'))
        {
            problems.Add("a directory: every command in it");
        }

        if (right.Command.AsSpan().ContainsAny("*?[") || right.Command.StartsWith('^'))
        {
            problems.Add("a wildcard widens the command line");
        }

        foreach (var entry in catalog.Match(right.Command))
        {
            problems.Add($"{right.Executable} can {string.Join("/", entry.Abilities)} ({entry.Source})");
        }

        if (right.Options.Any(o => o is "SETENV" or "setenv"))
        {
            problems.Add("SETENV lets the caller pass environment variables such as LD_PRELOAD");
        }

        if (right.Command != "ALL" && !IsApproved(right, approved))
        {
            problems.Add("not on the approved list as written (run-as and command line)");
        }

        return problems;
    }

    /// <summary>True when the right lets its holder act as root without limit: ALL, a directory, a wildcard or a dangerous command run as root.</summary>
    public static bool RootEquivalent(SudoRight right, DangerousCommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(catalog);
        return right.AsRoot && (right.Command == "ALL" || right.Executable.EndsWith('/') || catalog.Match(right.Command).Count > 0);
    }

    private static bool IsApproved(SudoRight right, IReadOnlyList<ApprovedSudoCommand> approved)
    {
        var command = Normalise(right.Command);
        var runAs = right.RunAsUsers.Count == 0 ? ["root"] : right.RunAsUsers;
        return right.RunAsGroups.Count == 0
            && approved.Any(a => Normalise(a.Command) == command && runAs.All(u => u == a.Runas));
    }

    private static string Normalise(string command) => string.Join(' ', command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
