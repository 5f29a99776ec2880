using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

public sealed class BadInputTests : RepositoryTest
{
    [Test]
    public async Task Bad_catalog_exits_3_naming_the_position_and_writes_no_report()
    {
        var file = repository.FullPath("policies/network.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    severity: high\n", "    severity: high\n    owner: nobody\n", StringComparison.Ordinal));

        await AssertRejectedAsync($"{file}:11:5: policies[0].owner: unknown field");
    }

    [Test]
    public async Task Bad_inventory_exits_3_naming_the_position_and_writes_no_report()
    {
        var file = Path.Combine(repository.Environment, "inventory.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("name: right", "name: left", StringComparison.Ordinal));

        await AssertRejectedAsync($"{file}:10:11: hosts[1].name: duplicate host name 'left' (first at line 6)");
    }

    [Test]
    public async Task Bad_expected_section_exits_3_naming_the_file()
    {
        var file = Path.Combine(repository.Environment, "expected", "nonsense.yaml");
        repository.Write("environments/env/expected/nonsense.yaml", "a: 1\n");

        await AssertRejectedAsync($"{file}:1:1: (section): unknown expected section 'nonsense'", prefixOnly: true);
    }

    [Test]
    public async Task Waiver_without_justification_exits_3_naming_the_position_and_writes_no_report()
    {
        var file = Path.Combine(repository.Environment, "waivers.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("justification: vendor fix pending, ", string.Empty, StringComparison.Ordinal));

        await AssertRejectedAsync($"{file}:2:5: waivers[0].justification: missing required field");
    }

    [Test]
    public async Task Attestation_with_missing_evidence_exits_3_naming_the_position_and_writes_no_report()
    {
        var file = Path.Combine(repository.Environment, "attestations.yaml");
        File.Delete(Path.Combine(repository.Environment, "evidence", "phy01.txt"));

        await AssertRejectedAsync($"{file}:2:127: attestations[0].evidence: evidence file 'evidence/phy01.txt' does not exist");
    }

    [Test]
    public async Task Not_applicable_entry_naming_nothing_known_exits_3()
    {
        var file = Path.Combine(repository.Environment, "inventory.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("target: NET-06", "target: NET-66", StringComparison.Ordinal));

        await AssertRejectedAsync($"{file}: not_applicable: 'NET-66' is neither a requirement of the catalog nor a check of the suite");
    }

    [Test]
    public async Task Unknown_requirement_on_the_command_line_exits_3()
    {
        await AssertRejectedAsync("command line: --control NET-99: not a requirement of the catalog", "--control", "NET-99");
    }

    [Test]
    public async Task Compare_with_an_unknown_run_exits_3_and_writes_no_report()
    {
        await AssertRejectedAsync($"command line: --compare 20261130T023000Z-beef: neither a run of {repository.Reports} nor a folder", "--compare", "20261130T023000Z-beef");
    }

    [Test]
    public async Task Compare_with_a_folder_that_is_not_a_run_exits_3()
    {
        var folder = repository.FullPath("not-a-run");
        Directory.CreateDirectory(folder);

        await AssertRejectedAsync($"{folder}: not a run folder: it has no results.json (the run given with --compare)", "--compare", folder);
    }

    [Test]
    public async Task Compare_with_a_run_whose_results_do_not_parse_exits_3_naming_line_and_column()
    {
        repository.Write("old-run/results.json", "{\n  \"schema_version\": \"1.1\",\n  \"metadata\": {,\n}\n");
        var file = repository.FullPath("old-run/results.json");

        await AssertRejectedAsync($"{file}:3:16: (document): not valid JSON (the run given with --compare)", "--compare", repository.FullPath("old-run"));
    }

    [Test]
    public async Task Compare_with_a_run_of_an_unknown_format_exits_3_naming_the_field()
    {
        repository.Write("new-run/results.json", "{\"schema_version\": \"2.0\"}");

        await AssertRejectedAsync($"{repository.FullPath("new-run/results.json")}: schema_version: format version 2.0 is not one this suite reads (1.x) (the run given with --compare)",
            "--compare", repository.FullPath("new-run"));
    }

    [Test]
    public async Task Missing_environment_folder_exits_3()
    {
        Directory.Delete(repository.Environment, recursive: true);

        await AssertRejectedAsync($"{repository.Environment}: environment folder not found");
    }

    private async Task AssertRejectedAsync(string expectedError, params string[] extra) =>
        await AssertRejectedAsync(expectedError, false, extra);

    private async Task AssertRejectedAsync(string expectedError, bool prefixOnly, params string[] extra)
    {
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exitCode = await harness.RunAsync(extra);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.BadInput));
            if (prefixOnly)
            {
                Assert.That(harness.Error.ToString(), Does.StartWith($"error: {expectedError}"));
            }
            else
            {
                Assert.That(harness.Error.ToString(), Is.EqualTo($"error: {expectedError}\n"));
            }

            Assert.That(Directory.Exists(repository.Reports), Is.False, "a report folder was written");
        }
    }
}
