using Compliance.Lab.Engine;

namespace Compliance.Lab.Tests.Support;

/// <summary>The repository's lab folder and test instances of it.</summary>
public static class LabFolder
{
    /// <summary>The instance the integration tests build: <c>LAB_TEST_INSTANCE</c>, else <c>labt</c>.</summary>
    public static string TestInstance { get; } = Environment.GetEnvironmentVariable("LAB_TEST_INSTANCE") is { Length: > 0 } name ? name : "labt";

    public static string Directory { get; } = Find();

    public static LabContext Context(string? instance = null) => new(Directory, instance ?? TestInstance);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "environments", "lab");
            if (File.Exists(Path.Combine(candidate, "topology.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("environments/lab not found above the test binaries");
    }
}
