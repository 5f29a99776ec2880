using Compliance.Lab.Engine;
using Spectre.Console;

namespace Compliance.Lab.Commands;

/// <summary>
/// Installs the Debian packages of <c>packages.txt</c> that are missing with <c>scripts/install-packages.sh</c> (the one
/// installer, also used by the test command): no daemon starts in the machine's own namespace, the debconf answers of
/// <c>debconf.txt</c> keep packages from configuring the machine itself, and the units the packages enabled are left
/// disabled, so the machine after a reboot runs what it ran before.
/// </summary>
public static class PackageInstaller
{
    public static async Task<bool> EnsureAsync(LabContext lab)
    {
        var result = await Shell.BashAsync(lab, "bash scripts/install-packages.sh packages.txt", TimeSpan.FromMinutes(30)).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            AnsiConsole.MarkupLine($"[red]package installation failed[/]\n{Markup.Escape(result.Output)}");
        }
        else
        {
            // The installer's own lines (what it installed, which units it left disabled), not apt's.
            foreach (var line in result.Output.Split('\n').Where(l => l.StartsWith("packages: ", StringComparison.Ordinal) && !l.StartsWith("packages: all ", StringComparison.Ordinal)))
            {
                AnsiConsole.WriteLine(line);
            }
        }

        return result.Succeeded;
    }
}
