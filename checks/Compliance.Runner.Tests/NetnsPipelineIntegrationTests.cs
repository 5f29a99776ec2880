using System.Diagnostics;
using System.Text.Json;
using Compliance.Core.Outcomes;
using Compliance.Probes.Transport;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>A real check through the netns transport between two throwaway namespaces, rendered into every report file.</summary>
[NonParallelizable]
public sealed class NetnsPipelineIntegrationTests
{
    private TestRepository repository = null!;
    private VethPair pair = null!;

    [SetUp]
    public void CreateNamespaces()
    {
        repository = new TestRepository();
        pair = new VethPair();
        repository.Write("environments/env/inventory.yaml", TestInputs.Inventory(pair.Left, pair.Right));
        repository.Write("environments/env/waivers.yaml", "waivers: []\n");
        Assert.That(pair.WaitForListener(TimeSpan.FromSeconds(60)), Is.True, "the listener in the peer namespace did not start");
    }

    [TearDown]
    public void RemoveNamespaces()
    {
        pair.Dispose();
        repository.Dispose();
    }

    [Test]
    public async Task Real_check_through_netns_is_reported_in_html_junit_json_and_manifest()
    {
        var harness = RunnerHarness.With(
            repository,
            [new PeerAnswersOnOpenPort(), new PeerAnswersOnClosedPort()],
            inventory => new TransportFactory(inventory, [new NetnsTransportProvider()]));

        var exitCode = await harness.RunAsync("--control", "NET-01", "--control", "NET-02");

        var run = Path.Combine(repository.Reports, "latest");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed), harness.Error.ToString());
            foreach (var file in new[] { "report.html", "junit.xml", "results.json", "manifest.sha256" })
            {
                Assert.That(new FileInfo(Path.Combine(run, file)).Length, Is.GreaterThan(0), file);
            }

            Assert.That(Sha256SumCheck(run), Is.Zero, "sha256sum -c rejected the manifest");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        var checks = json.RootElement.GetProperty("requirements").EnumerateArray().SelectMany(r => r.GetProperty("checks").EnumerateArray()).ToList();
        var open = checks.Single(c => c.GetRawText().Contains("PeerAnswersOnOpenPort", StringComparison.Ordinal)).GetRawText();
        var closed = checks.Single(c => c.GetRawText().Contains("PeerAnswersOnClosedPort", StringComparison.Ordinal)).GetRawText();
        Assert.That(open, Does.Contain("\"passed\"").And.Contain($"netns {pair.Left}").And.Contain("198.18.250.2:8080 answers"));
        Assert.That(closed, Does.Contain("\"failed\"").And.Contain("198.18.250.2:8081 not connected"));
        Assert.That(File.ReadAllText(Path.Combine(run, "junit.xml")), Does.Contain("PeerAnswersOnOpenPort").And.Contain("PeerAnswersOnClosedPort"));
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Contain("PeerAnswersOnOpenPort"));
    }

    private static int Sha256SumCheck(string folder)
    {
        using var p = Process.Start(new ProcessStartInfo("sha256sum", ["-c", "--quiet", "manifest.sha256"]) { WorkingDirectory = folder, RedirectStandardOutput = true })!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode;
    }
}
