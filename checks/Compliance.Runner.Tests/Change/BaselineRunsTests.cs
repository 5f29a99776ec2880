using Compliance.Core.Drift;
using Compliance.Core.Results;
using Compliance.Reports;
using Compliance.Runner.Change;

namespace Compliance.Runner.Tests.Change;

/// <summary>A change run takes an earlier baseline only when it is a complete change baseline of the same lab files, selection and clean commit.</summary>
public sealed class BaselineRunsTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private static readonly InputHash[] Inputs = [new("catalog (policies/)", new string('a', 64)), new("lab files (hosts, ...)", new string('b', 64))];
    private static readonly RunSeries Series = new("lab", "lab", SelectionScope.Of(["NET-07"], []), "controls NET-07");
    private string reports = null!;

    [SetUp]
    public void CreateFolder() => reports = Directory.CreateTempSubdirectory("baselines-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(reports, recursive: true);

    [Test]
    public void The_newest_complete_baseline_of_the_same_inputs_selection_and_commit_is_reused()
    {
        Write("20261201T010000Z-0001", RunKinds.ChangeBaseline);
        Write("20261201T020000Z-0002", RunKinds.ChangeBaseline);
        Write("20261201T030000Z-0003", RunKinds.Standard);

        Assert.That(BaselineRuns.Reusable(reports, Series, Inputs, Commit)?.RunId, Is.EqualTo("20261201T020000Z-0002"));
    }

    [Test]
    public void A_baseline_of_other_lab_files_another_selection_an_incomplete_one_or_a_change_run_is_not_reused()
    {
        Write("20261201T010000Z-0001", RunKinds.ChangeBaseline, inputs: [Inputs[0], new("lab files (hosts, ...)", new string('c', 64))]);
        Write("20261201T020000Z-0002", RunKinds.ChangeBaseline, scope: SelectionScope.Of(["NET-08"], []));
        Write("20261201T030000Z-0003", RunKinds.ChangeBaseline, complete: false);
        Write("20261201T040000Z-0004", RunKinds.Change);
        Write("20261201T050000Z-0005", RunKinds.ChangeBaseline, commit: "fedcba9876543210fedcba9876543210fedcba98");

        Assert.That(BaselineRuns.Reusable(reports, Series, Inputs, Commit), Is.Null);
    }

    [TestCase(Commit + "-dirty")]
    [TestCase("unknown")]
    public void Nothing_is_reused_from_a_tree_with_uncommitted_changes_or_no_commit(string commit)
    {
        Write("20261201T010000Z-0001", RunKinds.ChangeBaseline, commit: commit);

        Assert.That(BaselineRuns.Reusable(reports, Series, Inputs, commit), Is.Null);
    }

    private void Write(string runId, string kind, IReadOnlyList<InputHash>? inputs = null, SelectionScope? scope = null, bool complete = true, string commit = Commit)
    {
        var started = DateTimeOffset.ParseExact(runId[..16], "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var metadata = new RunMetadata(runId, "lab", "lab", started, started.AddMinutes(1), "1.0", commit, new string('d', 64), "controls NET-07", complete, inputs ?? Inputs)
        {
            RunKind = kind,
            Scope = scope ?? Series.Scope,
        };
        ReportWriter.WriteRun(new RunReport(metadata, []), reports, []);
    }
}
