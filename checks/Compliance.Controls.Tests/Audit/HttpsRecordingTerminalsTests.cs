using Compliance.Controls.Audit;
using Compliance.Controls.Tests.Endpoint;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Audit;

/// <summary>
/// AUD-02's tie between the flows and device management: the terminals the flows allow HTTPS into the Secure Zone, against
/// the recorded tenant, with the lab's flows or changed ones and the lab's register or a changed one.
/// </summary>
public sealed class HttpsRecordingTerminalsTests
{
    private static FlowsExpectation LabFlows => new LabTenant().Inventory.Expected.Get<FlowsExpectation>();

    [Test]
    public async Task Lab_flows_open_https_only_to_the_windows_terminals_that_run_ess_rec()
    {
        var result = await new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(new LabTenant().Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        Assert.That(result.Message, Does.Contain("only from SR-DAT-01, SR-DEV-01").And.Not.Contain("SR-INF-01"));
        Assert.That(result.Evidence.Select(e => e.Observed), Has.Some.Contains("data-term,dev-term -> ml01 tcp/443"));
    }

    [Test]
    public async Task Terminal_reported_as_macos_fails_naming_it()
    {
        var result = await new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(new LabTenant("https-terminal-macos").Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Is.EqualTo("SR-DEV-01 is a macOS device per device management, and ESS REC runs only on Windows [recorded tenant]"));
    }

    [Test]
    public async Task Terminal_without_ess_rec_fails_naming_it()
    {
        var result = await new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(new LabTenant("terminal-missing-essrec").Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("device management does not detect ESS REC on SR-DAT-01").And.Not.Contain("SR-DEV-01"));
    }

    [Test]
    public async Task Terminal_without_ess_rec_fails_even_when_another_is_unknown_to_device_management_and_says_both()
    {
        var result = await new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(new LabTenant("https-terminal-unknown", "terminal-missing-essrec").Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("device management does not detect ESS REC on SR-DAT-01; could not verify: SR-DEV-01: device management does not know it"));
    }

    [Test]
    public async Task Terminal_device_management_reports_noncompliant_fails_and_an_unknown_compliance_state_does_not()
    {
        var overlay = Directory.CreateTempSubdirectory("aud02-compliance-");
        try
        {
            var devices = Path.Combine(LabTenant.LabDirectory, "tenant", "compliant", "deviceManagement", "managedDevices.json");
            var json = File.ReadAllText(devices);
            var dat = json.IndexOf("\"SR-DAT-01\"", StringComparison.Ordinal);
            var dev = json.IndexOf("\"SR-DEV-01\"", StringComparison.Ordinal);
            var changed = json[..dat] + ReplaceFirst(json[dat..dev], "\"compliant\"", "\"noncompliant\"") + ReplaceFirst(json[dev..], "\"compliant\"", "\"unknown\"");
            Directory.CreateDirectory(Path.Combine(overlay.FullName, "deviceManagement"));
            await File.WriteAllTextAsync(Path.Combine(overlay.FullName, "deviceManagement", "managedDevices.json"), changed);

            var lab = new LabTenant(LabTenant.Expected with { RecordedOverlays = [overlay.FullName] });
            var result = await new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(lab.Context);

            Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
            Assert.That(result.Message, Is.EqualTo("SR-DAT-01 is Noncompliant per device management [recorded tenant]"));
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Terminal_registered_as_macos_but_allowed_https_fails_even_when_device_management_reports_windows()
    {
        var terminals = LabTenant.Terminals.Select(t => t.ManagementNumber == "SR-DEV-01" ? t with { Os = TerminalOs.MacOs } : t).ToList();

        var result = await Run(terminals: terminals);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("SR-DEV-01 is registered as macos, yet the flows allow it HTTPS into the Secure Zone"));
    }

    [Test]
    public async Task Https_opened_to_the_whole_room_fails_even_though_every_terminal_records_it()
    {
        var result = await Run(WithHttpsFrom("room"));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("the flows open tcp/443 to ml01 to the whole segment room (198.18.10.0/24)"));
        Assert.That(result.Evidence.Select(e => e.Observed), Has.Some.Contains("SR-INF-01 (windows), SR-DAT-01 (windows), SR-DEV-01 (windows)"));
    }

    [Test]
    public async Task Https_opened_to_a_host_that_is_no_terminal_fails_naming_it()
    {
        var result = await Run(WithHttpsFrom("office-pc", "dev-term"));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("the flows open tcp/443 to ml01 to office-pc, which is no registered terminal"));
    }

    [Test]
    public async Task Udp_port_range_into_the_secure_segment_counts_as_https_from_that_terminal()
    {
        var flows = LabFlows with { Allowed = [.. LabFlows.Allowed, new FlowRule { From = ["infra-term"], To = ["secure"], Proto = "udp", Ports = "400-500" }] };
        var terminals = LabTenant.Terminals.Select(t => t.ManagementNumber == "SR-INF-01" ? t with { Os = TerminalOs.MacOs } : t).ToList();

        var result = await Run(flows, terminals);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("SR-INF-01 is registered as macos"));
    }

    [Test]
    public async Task Https_inside_the_secure_zone_is_not_https_into_it()
    {
        var flows = LabFlows with { Allowed = [.. LabFlows.Allowed, new FlowRule { From = ["secure"], To = ["ml01"], Proto = "tcp", Ports = "443" }] };

        var result = await Run(flows);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task No_flow_carrying_https_into_the_secure_zone_is_not_verified()
    {
        var flows = LabFlows with { Allowed = [.. LabFlows.Allowed.Where(r => r.Ports != "443" || r.Proto != "tcp")] };

        var result = await Run(flows);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified), result.Message);
        Assert.That(result.Message, Does.StartWith("no terminal allowed HTTPS into the Secure Zone was probed"));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static FlowsExpectation WithHttpsFrom(params string[] sources) => LabFlows with
    {
        Allowed = [.. LabFlows.Allowed.Select(r => r.Ports == "443" && r.To.Contains("ml01") ? r with { From = sources } : r)],
    };

    private static Task<Compliance.Core.Results.CheckResult> Run(FlowsExpectation? flows = null, IReadOnlyList<Terminal>? terminals = null) =>
        new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt().RunAsync(new LabTenant(LabTenant.Expected, flows: flows, terminals: terminals).Context);
}
