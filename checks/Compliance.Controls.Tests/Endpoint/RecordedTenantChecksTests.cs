using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Endpoint;

public sealed class RecordedTenantChecksTests
{
    private static IEnumerable<string> CheckIds => GraphCheckTypes.Ids;

    [TestCaseSource(nameof(CheckIds))]
    public async Task Check_passes_on_the_compliant_recorded_tenant_and_says_the_tenant_was_recorded(string checkId)
    {
        var lab = new LabTenant();
        var result = await GraphCheckTypes.All[checkId]().RunAsync(lab.Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        Assert.That(result.Message, Does.EndWith("[recorded tenant]"));
        Assert.That(result.Evidence, Is.Not.Empty);
        Assert.That(result.Evidence.Select(e => e.Vantage), Has.All.Contains("recorded tenant (tenant/compliant)"));
    }

    [TestCase("outsider-on-terminal", "OnlyProjectAccountsUseTerminalsAndOnlyThere")]
    [TestCase("project-account-off-terminal", "OnlyProjectAccountsUseTerminalsAndOnlyThere")]
    [TestCase("access-policy-report-only", "OnlyProjectAccountsUseTerminalsAndOnlyThere")]
    [TestCase("hello-without-biometrics", "ProjectAccountsUseWindowsHelloWithBiometrics")]
    [TestCase("wifi-not-blocked", "TerminalsHaveWirelessLanBlocked")]
    [TestCase("storage-status-error", "TerminalsHaveWirelessLanBlocked", "TerminalsHaveRemovableStorageBlocked")]
    [TestCase("policy-excluded", "TerminalsHaveWirelessLanBlocked", "TerminalsHaveRemovableStorageBlocked")]
    [TestCase("user-local-admin", "TerminalLocalAdminsAreASeparateDepartment")]
    [TestCase("terminal-missing-av", "TerminalsRunTheAntivirusProduct")]
    [TestCase("terminal-missing-essrec", "TerminalsRunEssRec", "DataReceiptTerminalRunsEssRec", "HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt")]
    [TestCase("https-terminal-macos", "HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt")]
    [TestCase("mac-mismatch", "TerminalsAreManagedCompliantAndMatchMacInventory")]
    [TestCase("departed-user-in-group", "DepartedAccountsAreDisabledAndOutOfProjectGroup")]
    [TestCase("departed-account-enabled", "DepartedAccountsAreDisabledAndOutOfProjectGroup")]
    public async Task Violation_turns_exactly_its_checks_red(string violation, params string[] red)
    {
        var outcomes = await RunAll(new LabTenant(violation));

        var expected = GraphCheckTypes.Ids.ToDictionary(id => id, id => red.Contains(id) ? Outcome.Failed : Outcome.Passed);
        Assert.That(outcomes.ToDictionary(o => o.Key, o => o.Value.Outcome), Is.EquivalentTo(expected),
            string.Join("\n", outcomes.Select(o => $"{o.Key}: {o.Value.Outcome}: {o.Value.Message}")));
    }

    [Test]
    public async Task Missing_sign_in_log_permission_leaves_only_END_01_not_verified_and_names_the_permission()
    {
        var outcomes = await RunAll(new LabTenant("signin-permission-missing"));

        var end01 = outcomes["OnlyProjectAccountsUseTerminalsAndOnlyThere"];
        Assert.That(end01.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(end01.Message, Does.Contain("AuditLog.Read.All").And.Contain("403").And.Contain("Authorization_RequestDenied"));
        Assert.That(outcomes.Where(o => o.Key != "OnlyProjectAccountsUseTerminalsAndOnlyThere").Select(o => o.Value.Outcome), Has.All.EqualTo(Outcome.Passed));
    }

    [Test]
    public async Task Terminal_allowed_https_unknown_to_device_management_is_not_verified_for_AUD_02_and_unmanaged_for_END_06()
    {
        var outcomes = await RunAll(new LabTenant("https-terminal-unknown"));

        var https = outcomes["HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt"];
        Assert.That(https.Outcome, Is.EqualTo(Outcome.NotVerified), https.Message);
        Assert.That(https.Message, Does.Contain("SR-DEV-01: device management does not know it").And.Not.Contain("SR-DAT-01"));
        var end06 = outcomes["TerminalsAreManagedCompliantAndMatchMacInventory"];
        Assert.That(end06.Outcome, Is.EqualTo(Outcome.Failed), end06.Message);
        Assert.That(end06.Message, Does.Contain("SR-DEV-01 is not managed by Intune"));
        string[] affected = ["HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt", "TerminalsAreManagedCompliantAndMatchMacInventory"];
        Assert.That(outcomes.Where(o => !affected.Contains(o.Key)).Select(o => o.Value.Outcome), Has.All.EqualTo(Outcome.Passed));
    }

    [Test]
    public async Task Departed_account_purged_from_the_deleted_users_is_not_verified_and_named()
    {
        var outcomes = await RunAll(new LabTenant("departed-account-purged"));

        var acc01 = outcomes["DepartedAccountsAreDisabledAndOutOfProjectGroup"];
        Assert.That(acc01.Outcome, Is.EqualTo(Outcome.NotVerified), acc01.Message);
        Assert.That(acc01.Message, Does.Contain("dave@sr-lab.example").And.Not.Contain("carol"));
        Assert.That(outcomes.Where(o => o.Key != "DepartedAccountsAreDisabledAndOutOfProjectGroup").Select(o => o.Value.Outcome), Has.All.EqualTo(Outcome.Passed));
    }

    [Test]
    public async Task Misspelled_departed_account_is_not_verified_while_the_deleted_one_is_proven_deleted()
    {
        var lab = new LabTenant(LabTenant.Expected with { DepartedUsers = ["carol@sr-lab.example", "dave@sr-lab.example", "carrol@sr-lab.example"] });

        var result = await new Compliance.Controls.Accounts.DepartedAccountsAreDisabledAndOutOfProjectGroup().RunAsync(lab.Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified), result.Message);
        Assert.That(result.Message, Does.Contain("carrol@sr-lab.example").And.Not.Contain("dave@"));
        Assert.That(result.Evidence.Select(e => e.Observed), Has.Some.Contains("dave@sr-lab.example: deleted 2026-11-20"));
    }

    [Test]
    public async Task Misspelled_departed_account_does_not_hide_an_enabled_departed_account()
    {
        var lab = new LabTenant(LabTenant.Expected with { DepartedUsers = ["carol@sr-lab.example", "carrol@sr-lab.example"], RecordedOverlays = ["tenant/violations/departed-account-enabled"] });

        var result = await new Compliance.Controls.Accounts.DepartedAccountsAreDisabledAndOutOfProjectGroup().RunAsync(lab.Context);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("carol@sr-lab.example's account is still enabled").And.Contain("carrol@sr-lab.example"));
    }

    private static async Task<Dictionary<string, (Outcome Outcome, string Message)>> RunAll(LabTenant lab)
    {
        var outcomes = new Dictionary<string, (Outcome, string)>();
        foreach (var (id, create) in GraphCheckTypes.All)
        {
            var result = await create().RunAsync(lab.Context);
            outcomes[id] = (result.Outcome, result.Message);
            await TestContext.Out.WriteLineAsync($"{id}: {result.Outcome}: {result.Message}");
        }

        return outcomes;
    }
}
