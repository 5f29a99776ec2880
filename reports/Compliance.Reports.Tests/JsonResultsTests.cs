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

    private static int[] Counts(JsonNode byOutcome) => [.. byOutcome.AsObject().Select(p => (int)p.Value!)];
}
