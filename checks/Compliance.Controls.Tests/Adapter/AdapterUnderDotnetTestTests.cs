using System.Diagnostics;
using System.Xml.Linq;
using Compliance.Core;

namespace Compliance.Controls.Tests.Adapter;

/// <summary>
/// The adapter under a real <c>dotnet test</c>: a check that cannot establish its fact (here: the environment cannot be
/// loaded) is a red test with the reason, never skipped or inconclusive, and carries its requirement ID.
/// </summary>
public sealed class AdapterUnderDotnetTestTests
{
    [Test]
    public async Task A_check_that_is_not_verified_is_a_red_test_naming_the_reason()
    {
        var results = Directory.CreateTempSubdirectory("adapter-trx-").FullName;
        try
        {
            var (exitCode, output) = await DotnetTestAsync(results, "Name=SecureZoneGetsNtpTime");

            Assert.That(exitCode, Is.Not.Zero, output);
            var trx = XDocument.Load(Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories).Single());
            XNamespace ns = trx.Root!.Name.Namespace;
            var result = trx.Descendants(ns + "UnitTestResult").Single();
            Assert.That(result.Attribute("testName")!.Value, Is.EqualTo("SecureZoneGetsNtpTime"));
            Assert.That(result.Attribute("outcome")!.Value, Is.EqualTo("Failed"), "not Inconclusive, NotExecuted or Skipped");
            Assert.That(result.Descendants(ns + "Message").Single().Value, Does.Contain("Not verified: the environment could not be loaded"));
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetTestAsync(string results, string filter)
    {
        var root = RepositoryRoot.Above(TestContext.CurrentContext.TestDirectory) ?? throw new InvalidOperationException("repository not found");
        var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        var suite = Path.Combine(root, "checks", "Compliance.Checks", "bin", configuration, "net10.0", "Compliance.Checks.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "test", suite, "--filter", filter, "--logger", "trx;LogFileName=adapter.trx", "--results-directory", results })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["COMPLIANCE_ENV"] = Path.Combine(results, "no-such-environment");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
