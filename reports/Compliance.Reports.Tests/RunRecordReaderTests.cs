using System.Text.Json.Nodes;
using Compliance.Core.Drift;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.History;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class RunRecordReaderTests
{
    private TempFolder _temp = null!;
    private string _folder = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        report = report with { Metadata = report.Metadata with { Scope = SelectionScope.Of([], ["NET", "ENC"]) } };
        _folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void A_written_run_reads_back_with_its_identity_inputs_and_outcomes()
    {
        var run = RunRecordReader.Read(_folder);

        Assert.That((run.RunId, run.Environment, run.EnvironmentKind, run.Complete, run.RunKind), Is.EqualTo(("20261201T210000Z-lab", "lab", "lab", true, RunKinds.Standard)));
        Assert.That(run.StartedUtc, Is.EqualTo(RunBuilder.Start));
        Assert.That(run.Scope!.Families, Is.EqualTo(new[] { "ENC", "NET" }));
        Assert.That(run.Inputs, Is.EqualTo(SampleHistory.Inputs));
        Assert.That(run.Requirements.Select(r => (r.Id, r.Outcome)), Does.Contain(("NET-07", Outcome.Failed)).And.Contain(("PHY-03", Outcome.Planned)));
        Assert.That(run.Requirements.Single(r => r.Id == "ENC-03").Checks, Is.EqualTo(new[] { new CheckRecord("SshAllowsPublicKeyOnly", "SshAllowsPublicKeyOnly holds", Outcome.Waived) }));
    }

    [Test]
    public void A_run_written_before_run_kinds_and_scopes_reads_as_a_standard_run_of_its_selection()
    {
        Rewrite(node =>
        {
            node["schema_version"] = "1.0";
            node["metadata"]!.AsObject().Remove("run_kind");
            node["metadata"]!.AsObject().Remove("selection_scope");
            node.AsObject().Remove("changes");
        });

        var run = RunRecordReader.Read(_folder);

        Assert.That(run.RunKind, Is.EqualTo(RunKinds.Standard));
        Assert.That(run.Scope, Is.Null);
        Assert.That(run.Selection, Is.EqualTo("all"));
    }

    [Test]
    public void A_results_file_with_an_unknown_outcome_is_refused_naming_the_field()
    {
        Rewrite(node => node["requirements"]![1]!["outcome"] = "green");

        var e = Assert.Throws<InputException>(() => RunRecordReader.Read(_folder))!;

        Assert.That(e.Message, Is.EqualTo($"{Path.Combine(_folder, "results.json")}: requirements[1].outcome: unknown outcome 'green'"));
    }

    [Test]
    public void A_results_file_missing_a_field_is_refused_naming_it()
    {
        Rewrite(node => node["metadata"]!.AsObject().Remove("started_utc"));

        var e = Assert.Throws<InputException>(() => RunRecordReader.Read(_folder))!;

        Assert.That(e.Problem, Is.EqualTo("metadata.started_utc: missing, or not string"));
    }

    [Test]
    public void The_archive_reads_runs_newest_first_and_passes_over_folders_that_are_not_runs()
    {
        var root = _temp.Combine("out");
        Directory.CreateDirectory(Path.Combine(root, "20261130T210000Z-0000"));
        Directory.CreateDirectory(Path.Combine(root, "logs"));
        Directory.CreateDirectory(Path.Combine(root, "20261202T210000Z-bad0"));
        File.WriteAllText(Path.Combine(root, "20261202T210000Z-bad0", "results.json"), "{");
        var (older, _) = SampleRun.Create(_temp.Combine("env"), "20261129T210000Z-0a02");
        ReportWriter.WriteRun(older, root, []);
        var unreadable = new List<InputException>();

        var runs = RunArchive.NewestFirst(root, unreadable.Add).Select(r => r.RunId).ToList();

        Assert.That(runs, Is.EqualTo(new[] { "20261201T210000Z-lab", "20261129T210000Z-0a02" }));
        Assert.That(unreadable.Select(e => e.File), Is.EqualTo(new[] { Path.Combine(root, "20261202T210000Z-bad0", "results.json") }));
    }

    [Test]
    public void A_run_is_located_by_its_id_or_latest_in_the_report_folder_or_by_its_path()
    {
        var root = _temp.Combine("out");

        Assert.That(RunArchive.Locate(root, "20261201T210000Z-lab"), Is.EqualTo(_folder));
        Assert.That(RunArchive.Locate(_temp.Path, _folder), Is.EqualTo(_folder));
        Assert.That(RunArchive.Locate(root, "latest"), Is.EqualTo(_folder));
        Assert.That(RunArchive.Locate(root, "20261201T210000Z-none"), Is.Null);
    }

    private void Rewrite(Action<JsonNode> change)
    {
        var file = Path.Combine(_folder, "results.json");
        var node = JsonNode.Parse(File.ReadAllText(file))!;
        change(node);
        File.WriteAllText(file, node.ToJsonString());
    }
}
