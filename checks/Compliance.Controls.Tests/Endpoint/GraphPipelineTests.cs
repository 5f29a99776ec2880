using Compliance.Controls.Antivirus;
using Compliance.Controls.Endpoint;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Endpoint;

public sealed class GraphPipelineTests
{
    [Test]
    public async Task Configuration_found_only_on_the_second_page_is_reached_through_the_next_link()
    {
        var lab = new LabTenant();
        var result = await new TerminalsHaveWirelessLanBlocked().RunAsync(lab.Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        var pages = lab.Exchanges.Where(e => e.PathAndQuery.StartsWith("/v1.0/deviceManagement/deviceConfigurations?", StringComparison.Ordinal)
            || e.PathAndQuery == "/v1.0/deviceManagement/deviceConfigurations").ToList();
        Assert.That(pages.Select(p => p.File is null ? "" : Path.GetFileName(p.File)),
            Is.EqualTo(new[] { "deviceConfigurations.json", "deviceConfigurations.page-2.json" }));
        Assert.That(pages[1].PathAndQuery, Does.Contain("skiptoken=2"));
    }

    [Test]
    public async Task Recorded_429_is_retried_by_the_sdk_after_retry_after_and_the_check_still_passes()
    {
        var lab = new LabTenant();
        var result = await new OnlyProjectAccountsUseTerminalsAndOnlyThere().RunAsync(lab.Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        var signIns = lab.Exchanges.Where(e => e.PathAndQuery.StartsWith("/v1.0/auditLogs/signIns", StringComparison.Ordinal)).ToList();
        Assert.That(signIns.Take(3).Select(e => e.Status), Is.EqualTo(new[] { 429, 200, 200 }));
        Assert.That(signIns.Skip(3).Select(e => e.Status), Has.All.EqualTo(200));
        Assert.That(signIns[0].RetryAttempt, Is.Null);
        Assert.That(signIns[1].RetryAttempt, Is.EqualTo("1"));
        Assert.That(signIns[2].PathAndQuery, Does.Contain("skiptoken=2"));
    }

    [Test]
    public async Task Other_graph_error_is_not_verified_with_the_graph_error_code()
    {
        var overlay = Directory.CreateTempSubdirectory("graph-overlay-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(overlay.FullName, "deviceManagement"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "deviceEnrollmentConfigurations.status-500.json"),
                """{"error":{"code":"InternalServerError","message":"An internal server error occurred."}}""");
            var lab = new LabTenant(LabTenant.Expected with { RecordedOverlays = [overlay.FullName] });

            var result = await new ProjectAccountsUseWindowsHelloWithBiometrics().RunAsync(lab.Context);

            Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
            Assert.That(result.Message, Does.Contain("InternalServerError").And.Contain("HTTP 500"));
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Recorded_tenant_is_refused_outside_the_lab()
    {
        var production = new LabTenant(LabTenant.Expected, Compliance.Core.Inventory.EnvironmentKind.Production);
        var context = new Compliance.Controls.Framework.CheckContext(production.Inventory, production, TimeProvider.System);

        var result = await new TerminalsRunTheAntivirusProduct().RunAsync(context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("only allowed in a lab"));
    }

    [Test]
    public async Task End_02_evidence_states_what_graph_cannot_prove()
    {
        var result = await new ProjectAccountsUseWindowsHelloWithBiometrics().RunAsync(new LabTenant().Context);

        Assert.That(result.Message, Does.Contain(ProjectAccountsUseWindowsHelloWithBiometrics.Limitation));
        Assert.That(result.Evidence.Select(e => e.RawExcerpt), Has.Some.EqualTo(ProjectAccountsUseWindowsHelloWithBiometrics.Limitation));
    }
}
