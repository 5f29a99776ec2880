namespace Compliance.Reports.Tests.Support;

/// <summary>Files shipped beside the test assembly.</summary>
internal static class TestFiles
{
    public static string JunitXsd => Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "junit.xsd");

    public static string ResultsSchema => Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "results.schema.json");
}
