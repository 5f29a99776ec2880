using Compliance.Core;

namespace Compliance.Checks.Adapter;

/// <summary>
/// The environment folder the NUnit adapter checks: <c>COMPLIANCE_ENV</c>, else the run parameter <c>env</c>
/// (<c>dotnet test -- TestRunParameters.Parameter(name=env, value=...)</c>), else the repository's lab. A bare name
/// (<c>lab</c>, <c>production</c>) means <c>environments/&lt;name&gt;</c> of the repository.
/// </summary>
public static class AdapterEnvironment
{
    /// <summary>The environment folder to check.</summary>
    public static string Locate()
    {
        var chosen = Environment.GetEnvironmentVariable("COMPLIANCE_ENV");
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = TestContext.Parameters.Get("env");
        }

        return Resolve(chosen, RepositoryRoot.Find());
    }

    /// <summary>Resolves a name or path against the repository root.</summary>
    public static string Resolve(string? chosen, string? repositoryRoot)
    {
        if (string.IsNullOrWhiteSpace(chosen))
        {
            return Path.Combine(repositoryRoot ?? ".", "environments", "lab");
        }

        var isBareName = !chosen.Contains('/', StringComparison.Ordinal) && !chosen.StartsWith('.');
        return isBareName && repositoryRoot is not null && Directory.Exists(Path.Combine(repositoryRoot, "environments", chosen))
            ? Path.Combine(repositoryRoot, "environments", chosen)
            : Path.GetFullPath(chosen);
    }
}
