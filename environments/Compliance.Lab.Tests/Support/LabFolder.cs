using Compliance.Lab.Engine;

namespace Compliance.Lab.Tests.Support;

/// <summary>The repository's lab folder and test instances of it.</summary>
public static class LabFolder
{
    public const string TestInstance = "labt";

    public static string Directory { get; } = Find();

    public static LabContext Context(string instance = TestInstance) => new(Directory, instance);

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
