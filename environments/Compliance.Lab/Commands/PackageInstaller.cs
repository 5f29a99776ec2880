using Compliance.Lab.Engine;
using Spectre.Console;

namespace Compliance.Lab.Commands;

/// <summary>Installs the Debian packages of <c>packages.txt</c> that are missing, with a policy-rc.d that keeps
/// every package from starting its daemon in the machine's own namespace and the debconf answers of <c>debconf.txt</c>
/// (packages that would otherwise configure the machine itself: a directory database, its nsswitch.conf).</summary>
public static class PackageInstaller
{
    private const string PolicyPath = "/usr/sbin/policy-rc.d";

    public static async Task<bool> EnsureAsync(LabContext lab)
    {
        var wanted = File.ReadAllLines(Path.Combine(lab.LabDirectory, "packages.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var query = await Shell.RunAsync(["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\\n", .. wanted], lab, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        var installed = query.Output.Split('\n').Where(l => l.EndsWith(" installed", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToHashSet();
        var missing = wanted.Where(p => !installed.Contains(p)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        AnsiConsole.MarkupLine($"installing missing Debian packages: [bold]{Markup.Escape(string.Join(' ', missing))}[/] (daemons kept from starting by {PolicyPath})");
        var ownPolicy = !File.Exists(PolicyPath);
        if (ownPolicy)
        {
            await File.WriteAllTextAsync(PolicyPath, "#!/bin/sh\n# written by the compliance lab while it installs packages\nexit 101\n").ConfigureAwait(false);
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(PolicyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }

        try
        {
            var answers = Path.Combine(lab.LabDirectory, "debconf.txt");
            var preseed = File.Exists(answers) ? $"debconf-set-selections '{answers}' && " : "";
            var install = $"export DEBIAN_FRONTEND=noninteractive; {preseed}apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends {string.Join(' ', missing)}"
                + $" || {{ apt-get -o DPkg::Lock::Timeout=600 update && apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends {string.Join(' ', missing)}; }}";
            var result = await Shell.BashAsync(lab, install, TimeSpan.FromMinutes(30)).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                AnsiConsole.MarkupLine($"[red]package installation failed[/]\n{Markup.Escape(result.Output)}");
            }

            return result.Succeeded;
        }
        finally
        {
            if (ownPolicy)
            {
                File.Delete(PolicyPath);
            }
        }
    }
}
