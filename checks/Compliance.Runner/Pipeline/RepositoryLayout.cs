using Compliance.Core;
using Compliance.Core.Inputs;

namespace Compliance.Runner.Pipeline;

/// <summary>Where the runner finds the catalog and the environments, and where reports go by default.</summary>
public sealed record RepositoryLayout(string Root, string PoliciesDirectory, string EnvironmentsDirectory, string DefaultReportsDirectory)
{
    /// <summary>The layout of the repository at <paramref name="root"/>.</summary>
    public static RepositoryLayout At(string root) => new(
        root,
        Path.Combine(root, "policies"),
        Path.Combine(root, "environments"),
        Path.Combine(root, "reports", "out"));

    /// <summary>The layout of the repository holding the runner (else the working directory).</summary>
    public static RepositoryLayout Find() =>
        At(RepositoryRoot.Find() ?? throw new InputException(Environment.CurrentDirectory, $"not inside the compliance repository (no {RepositoryRoot.Marker} above it)"));

    /// <summary>The lab's control script.</summary>
    public string LabScript => Path.Combine(EnvironmentsDirectory, "lab", "lab");

    /// <summary>The folder of an environment given as <c>lab</c>, <c>production</c> or a path.</summary>
    public string EnvironmentDirectory(string environment) =>
        environment is "lab" or "production"
            ? Path.Combine(EnvironmentsDirectory, environment)
            : Path.GetFullPath(environment);

    /// <summary>True when <paramref name="environment"/> names the embedded lab.</summary>
    public static bool IsEmbeddedLab(string environment) => environment == "lab";
}
