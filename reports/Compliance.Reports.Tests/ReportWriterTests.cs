using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class ReportWriterTests
{
    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder() => _temp = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void Run_folder_holds_the_three_reports_the_coverage_page_the_evidence_copy_and_the_manifest()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));

        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);

        Assert.That(folder, Is.EqualTo(_temp.Combine("out", report.Metadata.RunId)));
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(new[] { "coverage.html", "evidence/phy-01-room-lock.txt", "junit.xml", "manifest.sha256", "report.html", "results.json" }));
    }

    [Test]
    public void No_report_file_contains_a_secret_from_the_evidence()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));

        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);

        foreach (var file in new[] { "report.html", "junit.xml", "results.json" })
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.That(text, Does.Not.Contain(SampleRun.LeakedPassword).And.Not.Contain("abcdefghijklmnop123456"), file);
            Assert.That(text, Does.Contain("[REDACTED]"), file);
        }
    }

    [Test]
    public void Manifest_is_accepted_by_sha256sum_and_lists_every_other_file()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);

        var (exitCode, output) = Sha256Sum.Check(folder);

        Assert.That(exitCode, Is.Zero, output);
        var listed = File.ReadAllLines(Path.Combine(folder, "manifest.sha256")).Select(l => l[66..]);
        Assert.That(listed, Is.EqualTo(new[] { "coverage.html", "evidence/phy-01-room-lock.txt", "junit.xml", "report.html", "results.json" }));
    }

    [Test]
    public void Manifest_check_fails_after_a_report_is_altered()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), extra);

        File.AppendAllText(Path.Combine(folder, "results.json"), " ");

        var (exitCode, output) = Sha256Sum.Check(folder);
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("results.json: FAILED"));
    }

    [Test]
    public void Latest_link_points_at_the_newest_run_and_is_replaced_by_the_next()
    {
        var root = _temp.Combine("out");
        var (first, extra) = SampleRun.Create(_temp.Combine("env"), "run-1");
        var (second, _) = SampleRun.Create(_temp.Combine("env2"), "run-2");

        ReportWriter.WriteRun(first, root, extra);
        var latest = new DirectoryInfo(Path.Combine(root, "latest"));
        Assert.That(latest.LinkTarget, Is.EqualTo("run-1"));

        ReportWriter.WriteRun(second, root, []);
        latest.Refresh();
        Assert.That(latest.LinkTarget, Is.EqualTo("run-2"));
        Assert.That(File.Exists(Path.Combine(root, "latest", "report.html")), Is.True);
        Assert.That(Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "latest", "run-1", "run-2" }));
    }

    [Test]
    public void An_existing_run_folder_is_never_overwritten()
    {
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        ReportWriter.WriteRun(report, _temp.Combine("out"), extra);

        Assert.That(() => ReportWriter.WriteRun(report, _temp.Combine("out"), extra), Throws.InstanceOf<IOException>());
    }

    [TestCase("../escape")]
    [TestCase("a/b")]
    [TestCase("latest")]
    [TestCase("..")]
    [TestCase("")]
    public void A_run_id_that_is_not_a_plain_folder_name_is_rejected(string runId)
    {
        var (report, _) = SampleRun.Create(_temp.Combine("env"));
        var bad = report with { Metadata = report.Metadata with { RunId = runId } };

        Assert.That(() => ReportWriter.WriteRun(bad, _temp.Combine("out"), []), Throws.ArgumentException);
        Assert.That(Directory.Exists(_temp.Combine("escape")), Is.False);
    }

    [Test]
    public void Extra_files_with_the_same_name_are_all_stored()
    {
        var (report, _) = SampleRun.Create(_temp.Combine("env"));
        Directory.CreateDirectory(_temp.Combine("a"));
        Directory.CreateDirectory(_temp.Combine("b"));
        File.WriteAllText(_temp.Combine("a", "photo.txt"), "a");
        File.WriteAllText(_temp.Combine("b", "photo.txt"), "b");

        var folder = ReportWriter.WriteRun(report, _temp.Combine("out"), [_temp.Combine("a", "photo.txt"), _temp.Combine("b", "photo.txt")]);

        Assert.That(File.ReadAllText(Path.Combine(folder, "evidence", "photo.txt")), Is.EqualTo("a"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "evidence", "photo-2.txt")), Is.EqualTo("b"));
        Assert.That(Sha256Sum.Check(folder).ExitCode, Is.Zero);
    }
}
