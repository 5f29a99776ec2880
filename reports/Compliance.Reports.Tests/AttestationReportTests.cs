using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class AttestationReportTests
{
    [Test]
    public void Expired_attestation_without_its_evidence_file_is_flagged_in_html_and_json()
    {
        using var temp = new TempFolder();
        var lapsed = new Attestation("PHY-02", "Suzuki", new DateOnly(2025, 6, 1), new DateOnly(2026, 6, 1), "Cameras cover the door.", "attestations/cameras.pdf", new string('b', 64));
        var report = new RunBuilder().Manual("PHY-02", Outcome.Failed, "Attestation expired on 2026-06-01.", lapsed, expired: true).Build();

        var folder = ReportWriter.WriteRun(report, temp.Combine("out"), []);

        using var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        var box = html.QuerySelector("#req-PHY-02 .attestation")!;
        Assert.That(box.ClassList, Does.Contain("expired"));
        Assert.That(box.QuerySelectorAll(".flag").Select(f => f.TextContent), Is.EqualTo(new[] { "Expired", "not stored with this run" }));
        var attestation = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "results.json")))!["requirements"]![0]!["attestation"]!;
        Assert.That((bool)attestation["expired"]!, Is.True);
        Assert.That(attestation["stored_as"], Is.Null);
        Assert.That(Directory.Exists(Path.Combine(folder, "evidence")), Is.False);
        Assert.That(Sha256Sum.Check(folder).ExitCode, Is.Zero);
    }

    [Test]
    public void Stored_evidence_that_differs_from_the_attested_hash_is_flagged()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("env", "attestations", "lock.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "changed after attesting");
        var attestation = new Attestation("PHY-01", "Sato", new DateOnly(2026, 10, 1), new DateOnly(2027, 4, 1), "Door locks.", "attestations/lock.txt", new string('c', 64));
        var report = new RunBuilder().Manual("PHY-01", Outcome.Attested, "Attested.", attestation).Build();

        var folder = ReportWriter.WriteRun(report, temp.Combine("out"), [file]);

        using var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        Assert.That(html.QuerySelector("#req-PHY-01 .attestation .flag")!.TextContent, Is.EqualTo("differs from the attested hash"));
    }
}
