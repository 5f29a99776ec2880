using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Endpoint;

/// <summary>
/// The infra terminal as production has it, a Mac: the register's <c>os</c> decides which terminals the Windows-only
/// facts (ESS REC, the Windows 10 configuration, the Entra local administrator role and LAPS) are demanded of, and the
/// checks that cannot show a fact on a Mac say so instead of passing or failing it.
/// </summary>
public sealed class MacInfraTerminalTests
{
    private static string Overlay => Path.Combine(Compliance.Core.RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory), "checks", "Compliance.Controls.Tests", "Endpoint", "MacInfraTerminal");

    [Test]
    public async Task Mac_registered_as_macos_leaves_only_the_checks_that_cannot_see_a_mac_not_verified()
    {
        var outcomes = await RunAllAsync(TerminalOs.MacOs);

        string[] blind = ["TerminalsHaveWirelessLanBlocked", "TerminalsHaveRemovableStorageBlocked", "TerminalLocalAdminsAreASeparateDepartment"];
        Assert.Multiple(() =>
        {
            foreach (var id in blind)
            {
                Assert.That(outcomes[id].Outcome, Is.EqualTo(Outcome.NotVerified), $"{id}: {outcomes[id].Message}");
                Assert.That(outcomes[id].Message, Does.Contain("SR-INF-01 (macos)").And.Contain("another operating system"));
            }

            Assert.That(outcomes.Where(o => !blind.Contains(o.Key)).Select(o => (o.Key, o.Value.Outcome)),
                Has.All.Matches<(string Key, Outcome Outcome)>(o => o.Outcome == Outcome.Passed),
                string.Join("\n", outcomes.Select(o => $"{o.Key}: {o.Value.Outcome}: {o.Value.Message}")));
        });
    }

    [Test]
    public async Task Mac_registered_as_windows_fails_every_windows_only_fact()
    {
        var outcomes = await RunAllAsync(TerminalOs.Windows);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes["TerminalsRunEssRec"], Is.EqualTo((Outcome.Failed, "device management does not detect ESS REC on SR-INF-01 [recorded tenant]")));
            Assert.That(outcomes["TerminalsHaveWirelessLanBlocked"].Message, Does.Contain("is not applied on SR-INF-01 (no report)"));
            Assert.That(outcomes["TerminalLocalAdminsAreASeparateDepartment"].Message, Does.Contain("terminal SR-INF-01 has no LAPS backup"));
            Assert.That(outcomes["HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt"].Outcome, Is.EqualTo(Outcome.Passed), "the flows allow the Mac no HTTPS");
            Assert.That(outcomes["TerminalsAreManagedCompliantAndMatchMacInventory"].Outcome, Is.EqualTo(Outcome.Passed), "a Mac is a managed device too");
        });
    }

    private static async Task<Dictionary<string, (Outcome Outcome, string Message)>> RunAllAsync(string infraOs)
    {
        var terminals = LabTenant.Terminals.Select(t => t.ManagementNumber == "SR-INF-01" ? t with { Os = infraOs } : t).ToList();
        var lab = new LabTenant(LabTenant.Expected with { RecordedOverlays = [Overlay] }, terminals: terminals);
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
