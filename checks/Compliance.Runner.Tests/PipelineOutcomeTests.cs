using System.Text.Json;
using Compliance.Core.Outcomes;
using Compliance.Runner.Pipeline;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

public sealed class PipelineOutcomeTests : RepositoryTest
{
    [Test]
    public async Task Full_run_resolves_every_outcome_and_exits_1()
    {
        var harness = RunnerHarness.WithFakeTransports(repository, new FakeChecks.CrashingCheck());

        var exitCode = await harness.RunAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed), harness.Error.ToString());
        var outcomes = RequirementOutcomes(LatestResults());
        Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, (string?, string)>
        {
            ["NET-01"] = ("passed", "host says compliant"),
            ["NET-02"] = ("failed", "host says port 23 open"),
            ["NET-03"] = ("not_verified", "Transport failed: host down is unreachable"),
            ["NET-04"] = ("waived", "waived by CHG-4 (approved by CISO, until 2027-01-31): host says port 23 open"),
            ["NET-05"] = ("failed", "waiver CHG-5 expired on 2026-11-30: host says port 23 open"),
            ["NET-06"] = ("not_applicable", "Not applicable to test-env: no such segment in this environment"),
            ["NET-07"] = ("planned", "planned"),
            ["NET-08"] = ("not_verified", "Probe error: InvalidOperationException: the check's own code failed"),
            ["PHY-01"] = ("attested", "attested by J. Doe on 2026-11-01, valid until 2027-11-01"),
            ["PHY-02"] = ("failed", "no attestation on file"),
            ["PHY-03"] = ("failed", "attestation by J. Doe expired on 2026-11-01"),
        }));
    }

    [Test]
    public async Task Run_of_compliant_requirements_exits_0()
    {
        var exitCode = await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "NET-01", "--control", "NET-04", "--control", "PHY-01");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Compliant));
    }

    [Test]
    public async Task Run_with_not_verified_but_no_failed_requirement_exits_2()
    {
        var exitCode = await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "NET-01", "--control", "NET-03");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.NotVerified));
    }

    [Test]
    public async Task Selection_by_family_covers_only_that_family()
    {
        await RunnerHarness.WithFakeTransports(repository).RunAsync("--family", "physical");

        Assert.That(RequirementOutcomes(LatestResults()).Keys, Is.EquivalentTo(new[] { "PHY-01", "PHY-02", "PHY-03" }));
    }

    [Test]
    public async Task Summary_lists_failed_and_not_verified_requirements_and_the_report_folder()
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        await harness.RunAsync("--control", "NET-02", "--control", "NET-03");

        var output = harness.Console.Output;
        Assert.That(output, Does.Contain("Failed NET-02 Requirement NET-02 holds: host says port 23 open"));
        Assert.That(output, Does.Contain("Not verified NET-03 Requirement NET-03 holds: Transport failed: host down is unreachable"));
        Assert.That(output, Does.Contain($"Reports: {repository.Reports}/"));
    }

    [Test]
    public async Task Summary_lists_outcomes_worst_first_and_counts_compliant_requirements_without_planned_ones()
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        await harness.RunAsync("--control", "NET-01", "--control", "NET-02", "--control", "NET-04", "--control", "NET-07");

        var output = harness.Console.Output;
        var rows = new[] { "Failed", "Waived", "Passed", "Planned" }.Select(label => output.IndexOf($"│ {label}", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Is.Ordered.And.All.GreaterThanOrEqualTo(0));
        Assert.That(output, Does.Contain("2 of 3 requirements compliant (planned ones not counted)"));
    }

    [Test]
    public async Task Run_metadata_names_environment_selection_and_inventory_hash()
    {
        await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "NET-01");

        using var json = LatestResults();
        var run = json.RootElement.GetProperty("metadata");
        Assert.That(run.GetRawText(), Does.Contain("test-env").And.Contain("controls NET-01").And.Contain(RunIdentity.InventorySha256(repository.Environment)));
    }

    [Test]
    public async Task Run_metadata_hashes_every_input_and_a_changed_file_changes_only_its_own_hash()
    {
        await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "NET-01");
        var first = InputHashes();
        var inventory = Path.Combine(repository.Environment, "inventory.yaml");
        File.AppendAllText(inventory, "# reviewed\n");

        await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "NET-01");
        var second = InputHashes();

        Assert.That(first.Keys, Is.EqualTo(new[] { "catalog (policies/)", "attestations.yaml", "inventory.yaml", "waivers.yaml" }));
        Assert.That(first.Keys, Is.EquivalentTo(second.Keys));
        Assert.That(first.Where(h => second[h.Key] != h.Value).Select(h => h.Key), Is.EqualTo(new[] { "inventory.yaml" }));
    }

        [Test]
    public async Task Attestation_evidence_is_stored_in_the_run_folder()
    {
        await RunnerHarness.WithFakeTransports(repository).RunAsync("--control", "PHY-01");

        Assert.That(Directory.GetFiles(Path.Combine(repository.Reports, "latest", "evidence"), "*", SearchOption.AllDirectories), Is.Not.Empty);
    }

    private Dictionary<string, string> InputHashes()
    {
        using var json = LatestResults();
        return json.RootElement.GetProperty("metadata").GetProperty("inputs").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("sha256").GetString()!);
    }

    private JsonDocument LatestResults() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(repository.Reports, "latest", "results.json")));

    private static Dictionary<string, (string?, string)> RequirementOutcomes(JsonDocument json)
    {
        using (json)
        {
            return json.RootElement.GetProperty("requirements").EnumerateArray().ToDictionary(
                r => r.GetProperty("id").GetString()!,
                r => (r.GetProperty("outcome").GetString(), r.GetProperty("message").GetString()!));
        }
    }
}
