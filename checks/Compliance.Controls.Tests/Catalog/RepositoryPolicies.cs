namespace Compliance.Controls.Tests.Catalog;

/// <summary>The repository's <c>policies/</c> folder, found above the test's output folder.</summary>
internal static class RepositoryPolicies
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                dir = dir.Parent;
            }

            return dir is null
                ? throw new DirectoryNotFoundException("Compliance.sln not found above the test folder")
                : Path.Combine(dir.FullName, "policies");
        }
    }
}
