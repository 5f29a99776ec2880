using Compliance.Core;

namespace Compliance.Core.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory);

    public static string Policies => Path.Combine(Root, "policies");

    public static string PolicySource(string name) => Path.Combine(Policies, "source", name);
}
