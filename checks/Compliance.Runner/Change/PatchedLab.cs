using System.Diagnostics;
using Compliance.Core.Changes;
using Compliance.Core.Inputs;
using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Change;

/// <summary>
/// A copy of the lab's files with a patch applied, in a folder of its own laid out like the repository
/// (<c>environments/lab</c> copied; the lab engine and <c>tools/</c> linked, so the copy's <c>lab</c> script builds and runs
/// the same engine): the user's tree is never written. A patch that does not apply is an <see cref="InputException"/>
/// with git's reason (file and line). Disposing removes the folder.
/// </summary>
public sealed class PatchedLab : IDisposable
{
    private PatchedLab(string root) => Root = root;

    /// <summary>The folder holding the copy.</summary>
    public string Root { get; }

    /// <summary>The patched copy of <c>environments/lab</c>.</summary>
    public string LabDirectory => Path.Combine(Root, "environments", "lab");

    /// <summary>The copy's control script.</summary>
    public string LabScript => Path.Combine(LabDirectory, "lab");

    /// <summary>Copies the lab of <paramref name="layout"/> and applies <paramref name="change"/>'s patch to the copy.</summary>
    public static PatchedLab Create(RepositoryLayout layout, ProposedChange change)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(change);
        var root = Directory.CreateTempSubdirectory("compliance-change-").FullName;
        var lab = new PatchedLab(root);
        try
        {
            var environments = Directory.CreateDirectory(Path.Combine(root, "environments")).FullName;
            Run(root, change.File, "cp", "-a", Path.Combine(layout.EnvironmentsDirectory, "lab"), environments);
            File.CreateSymbolicLink(Path.Combine(environments, "Compliance.Lab"), Path.Combine(layout.EnvironmentsDirectory, "Compliance.Lab"));
            File.CreateSymbolicLink(Path.Combine(root, "tools"), Path.Combine(layout.Root, "tools"));
            Run(root, change.File, "git", "apply", "--check", change.File);
            Run(root, change.File, "git", "apply", change.File);
            return lab;
        }
        catch
        {
            lab.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Run(string root, string patch, string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        // git must apply to the copy as plain files, never look for a repository above it.
        info.Environment["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(root);
        using var process = Process.Start(info) ?? throw new InputException(patch, $"cannot start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var reason = string.Join("; ", error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.StartsWith("error: ", StringComparison.Ordinal) ? l[7..] : l));
            throw new InputException(patch, command == "git" ? $"the patch does not apply to the lab's files: {reason}" : $"{command} failed: {reason} {output.Result}".Trim());
        }
    }
}
