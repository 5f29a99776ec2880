using Compliance.Core;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>The repository's <c>policies/</c> folder, found above the test's output folder.</summary>
internal static class RepositoryPolicies
{
    public static string Directory => Path.Combine(RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory), "policies");
}
