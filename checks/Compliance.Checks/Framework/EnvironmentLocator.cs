namespace Compliance.Checks.Framework;

/// <summary>
/// Finds the environment folder the suite checks: <c>COMPLIANCE_ENV</c>, else the NUnit run parameter <c>env</c>,
/// else <c>environments/lab</c> of the repository (found by walking up to <c>Compliance.sln</c>).
/// A bare name (<c>lab</c>, <c>production</c>) means <c>environments/&lt;name&gt;</c>.
/// </summary>
public static class EnvironmentLocator
{
    /// <summary>The environment folder to check.</summary>
    public static string Locate()
    {
        var chosen = Environment.GetEnvironmentVariable("COMPLIANCE_ENV");
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = TestContext.Parameters.Get("env");
        }

        return Resolve(chosen, RepositoryRoot());
    }

    /// <summary>Resolves a name or path against the repository root.</summary>
    public static string Resolve(string? chosen, string? repositoryRoot)
    {
        if (string.IsNullOrWhiteSpace(chosen))
        {
            return Path.Combine(repositoryRoot ?? ".", "environments", "lab");
        }

        var isBareName = !chosen.Contains('/', StringComparison.Ordinal) && !chosen.StartsWith('.');
        if (isBareName && repositoryRoot is not null && Directory.Exists(Path.Combine(repositoryRoot, "environments", chosen)))
        {
            return Path.Combine(repositoryRoot, "environments", chosen);
        }

        return Path.GetFullPath(chosen);
    }

    /// <summary>The nearest folder at or above the test assembly (or the working directory) holding Compliance.sln.</summary>
    public static string? RepositoryRoot() => WalkUp(AppContext.BaseDirectory) ?? WalkUp(Environment.CurrentDirectory);

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
