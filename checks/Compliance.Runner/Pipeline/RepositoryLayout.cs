using Compliance.Core.Inputs;

namespace Compliance.Runner.Pipeline;

/// <summary>Where the runner finds the catalog, the environments and the check suite, and where reports go by default.</summary>
public sealed record RepositoryLayout(string Root, string PoliciesDirectory, string EnvironmentsDirectory, string ChecksProject, string DefaultReportsDirectory)
{
    /// <summary>The layout of the repository at <paramref name="root"/>.</summary>
    public static RepositoryLayout At(string root) => new(
        root,
        Path.Combine(root, "policies"),
        Path.Combine(root, "environments"),
        Path.Combine(root, "checks", "Compliance.Checks", "Compliance.Checks.csproj"),
        Path.Combine(root, "reports", "out"));

    /// <summary>The layout of the repository holding the working directory or the runner (found by Compliance.sln).</summary>
    public static RepositoryLayout Find() =>
        At(WalkUp(Environment.CurrentDirectory) ?? WalkUp(AppContext.BaseDirectory)
            ?? throw new InputException(Environment.CurrentDirectory, "not inside the compliance repository (no Compliance.sln above it)"));

    /// <summary>The built check suite the runner executes (Release).</summary>
    public string ChecksAssembly => Path.Combine(Path.GetDirectoryName(ChecksProject)!, "bin", "Release", "net10.0", "Compliance.Checks.dll");

    /// <summary>The lab's control script.</summary>
    public string LabScript => Path.Combine(EnvironmentsDirectory, "lab", "lab");

    /// <summary>The folder of an environment given as <c>lab</c>, <c>production</c> or a path.</summary>
    public string EnvironmentDirectory(string environment) =>
        environment is "lab" or "production"
            ? Path.Combine(EnvironmentsDirectory, environment)
            : Path.GetFullPath(environment);

    /// <summary>True when <paramref name="environment"/> names the embedded lab.</summary>
    public static bool IsEmbeddedLab(string environment) => environment == "lab";

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
