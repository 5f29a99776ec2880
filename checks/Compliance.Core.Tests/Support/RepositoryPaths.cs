namespace Compliance.Core.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("Compliance.sln not found above the test folder");
        }
    }

    public static string Policies => Path.Combine(Root, "policies");

    public static string PolicySource(string name) => Path.Combine(Policies, "source", name);
}
