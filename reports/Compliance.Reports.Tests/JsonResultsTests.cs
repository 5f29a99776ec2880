using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class JsonResultsTests
{
    private TempFolder _temp = null!;
    private string _json = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
        _json = File.ReadAllText(Path.Combine(folder, "results.json"));
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void Results_validate_against_the_documented_schema()
    {
        using var document = JsonDocument.Parse(_json);

        Assert.That(ResultsSchema.Errors(document.RootElement), Is.Empty);
    }

    [Test]
    public void Schema_rejects_an_unknown_outcome_and_a_missing_field()
    {
        var node = JsonNode.Parse(_json)!;
        node["requirements"]![0]!["outcome"] = "green";
        node["metadata"]!.AsObject().Remove("git_commit");
        using var document = JsonDocument.Parse(node.ToJsonString());

        var errors = ResultsSchema.Errors(document.RootElement);

        Assert.That(errors, Has.Some.Contains("/requirements/0/outcome"));
        Assert.That(errors, Has.Some.Contains("/metadata"));
    }

    [Test]
    public void Changes_name_the_compared_run_and_each_kind_of_change_and_the_changed_inputs()
    {
        var changes = JsonNode.Parse(_json)!["changes"]!;

        Assert.That((string)changes["compared_with"]!["run_id"]!, Is.EqualTo("20261130T210000Z-0a03"));
        Assert.That((string)changes["compared_with"]!["started_utc"]!, Is.EqualTo("2026-11-30T21:00:00+00:00"));
        Assert.That((bool)changes["compared_with"]!["requested"]!, Is.False);
        Assert.That(Ids(changes["requirements"]!["new_failures"]!, "id"), Is.EqualTo(new[] { "NET-07" }));
        Assert.That(Ids(changes["requirements"]!["fixed"]!, "id"), Is.EqualTo(new[] { "ENC-03" }));
        Assert.That(Ids(changes["requirements"]!["still_failing"]!, "id"), Is.EqualTo(new[] { "ENC-02", "PHY-02" }));
        Assert.That(Ids(changes["requirements"]!["new_not_verified"]!, "id"), Is.EqualTo(new[] { "NET-10" }));
        Assert.That(Ids(changes["checks"]!["new_failures"]!, "check_id"), Is.EqualTo(new[] { "SecureZoneReachesNoInternetTcpPort" }));
        Assert.That(changes["requirements"]!["new_failures"]![0]!.ToJsonString(), Is.EqualTo("""{"id":"NET-07","title":"NET-07 title","before":"passed","after":"failed"}"""));
        Assert.That(changes["inputs_changed"]!.ToJsonString(), Is.EqualTo($$"""[{"name":"inventory.yaml","before":"{{new string('b', 64)}}","after":"{{new string('a', 64)}}"}]"""));
    }

    [Test]
    public void Metadata_records_the_run_kind_and_the_canonical_selection()
    {
        var metadata = JsonNode.Parse(_json)!["metadata"]!;

        Assert.That((string)metadata["run_kind"]!, Is.EqualTo("standard"));
        Assert.That(metadata["selection_scope"]!.ToJsonString(), Is.EqualTo("""{"controls":[],"families":[]}"""));
    }

    [Test]
    public void Schema_rejects_a_change_of_an_unknown_kind_or_outcome_and_a_short_input_hash()
    {
        var node = JsonNode.Parse(_json)!;
        node["changes"]!["requirements"]!["flapping"] = new JsonArray();
        node["changes"]!["checks"]!["fixed"]![0]!["after"] = "green";
        node["changes"]!["inputs_changed"]![0]!["after"] = "abc";
        using var document = JsonDocument.Parse(node.ToJsonString());

        var errors = ResultsSchema.Errors(document.RootElement);

        Assert.That(errors, Has.Some.Contains("/changes/requirements"));
        Assert.That(errors, Has.Some.Contains("/changes/checks/fixed/0/after"));
        Assert.That(errors, Has.Some.Contains("/changes/inputs_changed/0/after"));
    }

    [Test]
    public void Schema_accepts_a_run_without_a_compared_run()
    {
        var node = JsonNode.Parse(_json)!;
        node["changes"]!["compared_with"] = null;
        using var document = JsonDocument.Parse(node.ToJsonString());

        Assert.That(ResultsSchema.Errors(document.RootElement), Is.Empty);
    }

    [Test]
    public void Summary_counts_every_outcome_separately()
    {
        var summary = JsonNode.Parse(_json)!["summary"]!;
        var requirements = summary["requirements"]!["by_outcome"]!;
        var checks = summary["checks"]!["by_outcome"]!;

        Assert.That((int)summary["requirements"]!["total"]!, Is.EqualTo(9));
        Assert.That(Counts(requirements), Is.EqualTo(new[] { 3, 1, 1, 1, 1, 1, 1 }));
        Assert.That((int)summary["checks"]!["total"]!, Is.EqualTo(7));
        Assert.That(Counts(checks), Is.EqualTo(new[] { 2, 1, 1, 2, 0, 1 }));
    }

    [Test]
    public void Checks_keep_their_evidence_waiver_and_outcome_before_waivers()
    {
        var requirement = JsonNode.Parse(_json)!["requirements"]!.AsArray().Single(r => (string)r!["id"]! == "ENC-03")!;
        var check = requirement["checks"]![0]!;

        Assert.That((string)check["outcome"]!, Is.EqualTo("waived"));
        Assert.That((string)check["check_outcome"]!, Is.EqualTo("failed"));
        Assert.That((string)check["waiver"]!["ticket"]!, Is.EqualTo("SEC-1234"));
        Assert.That((bool)check["waiver"]!["expired"]!, Is.False);
        Assert.That((string)check["evidence"]![0]!["observed"]!, Is.EqualTo("publickey,password"));
    }

    [Test]
    public void Expired_waiver_is_flagged_and_the_check_stays_failed()
    {
        var requirement = JsonNode.Parse(_json)!["requirements"]!.AsArray().Single(r => (string)r!["id"]! == "ENC-02")!;

        Assert.That((string)requirement["checks"]![0]!["outcome"]!, Is.EqualTo("failed"));
        Assert.That((bool)requirement["checks"]![0]!["waiver"]!["expired"]!, Is.True);
    }

    [Test]
    public void Attestation_names_its_stored_evidence_copy_listed_with_its_hash()
    {
        var root = JsonNode.Parse(_json)!;
        var attestation = root["requirements"]!.AsArray().Single(r => (string)r!["id"]! == "PHY-01")!["attestation"]!;
        var stored = root["evidence_files"]![0]!;

        Assert.That((string)attestation["stored_as"]!, Is.EqualTo("evidence/phy-01-room-lock.txt"));
        Assert.That((string)stored["path"]!, Is.EqualTo("evidence/phy-01-room-lock.txt"));
        Assert.That((string)stored["sha256"]!, Is.EqualTo((string)attestation["evidence_sha256"]!));
    }

    [Test]
    public void Planned_policy_is_planned_not_passed()
    {
        var requirement = JsonNode.Parse(_json)!["requirements"]!.AsArray().Single(r => (string)r!["id"]! == "PHY-03")!;

        Assert.That((string)requirement["outcome"]!, Is.EqualTo("planned"));
        Assert.That((string)requirement["outcome_label"]!, Is.EqualTo("Planned"));
    }

    private static List<string> Ids(JsonNode list, string key) => [.. list.AsArray().Select(i => (string)i![key]!)];

    private static int[] Counts(JsonNode byOutcome) => [.. byOutcome.AsObject().Select(p => (int)p.Value!)];
}
