namespace Compliance.Probes.Tests;

/// <summary>Reads recorded command outputs from the TestData folder beside the test assembly.</summary>
internal static class TestData
{
    public static string Read(string relative) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", relative));
}
