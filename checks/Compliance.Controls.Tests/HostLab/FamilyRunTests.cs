using System.Diagnostics;
using Compliance.Controls.Tests.Lab;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.HostLab;

/// <summary>
/// Runs the checks of the families in <c>LAB_FAMILIES</c> (default HOST, AV, AUD) once against the lab instance and
/// prints each result and the wall time (used by benchmarks/host-family). Explicit: it needs a lab.
/// </summary>
[TestFixture, Category("Lab"), Explicit("needs a lab instance; run by benchmarks/host-family/run.sh")]
public sealed class FamilyRunTests
{
    [Test]
    public async Task Families_pass_on_the_compliant_lab()
    {
        var (_, inventory) = await LabFixture.UpAsync();
        var families = (Environment.GetEnvironmentVariable("LAB_FAMILIES") is { Length: > 0 } f ? f : "HOST,AV,AUD").Split(',');
        var checks = CheckCatalog.Of(families);
        var watch = Stopwatch.StartNew();
        var results = await LabRun.RunAsync(inventory, checks);
        watch.Stop();
        TestContext.Out.WriteLine($"FAMILY-RUN checks={results.Count} seconds={watch.Elapsed.TotalSeconds:0.00}");
        Assert.That(results.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CheckId}: {r.Outcome}: {r.Message}"), Is.Empty);
    }
}
