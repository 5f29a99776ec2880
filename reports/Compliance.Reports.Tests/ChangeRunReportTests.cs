using System.Text.Json;
using Compliance.Core.Changes;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.Tests.Support;
using static Compliance.Reports.Tests.Support.RunBuilder;

namespace Compliance.Reports.Tests;

/// <summary>A change run's report opens with what the change would break and fix; results.json carries the change block, valid against the schema.</summary>
public sealed class ChangeRunReportTests
{
    private const string Leak = "ml01 connected to 198.19.0.10 on TCP 22";

    [Test]
    public void Report_html_opens_with_would_break_then_would_fix_each_check_linked_to_its_evidence()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(Path.Combine(ReportWriter.WriteRun(ChangeReport(), folder.Path, []), "report.html"));

        var breakAt = html.IndexOf("<h2 id=\"would-break-h\">This change would break</h2>", StringComparison.Ordinal);
        var fixAt = html.IndexOf("<h2 id=\"would-fix-h\">This change would fix</h2>", StringComparison.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(breakAt, Is.EqualTo(html.IndexOf("<h2", StringComparison.Ordinal)), "first section");
            Assert.That(fixAt, Is.GreaterThan(breakAt));
            Assert.That(html.IndexOf("<h2 id=\"changes-h\">", StringComparison.Ordinal), Is.GreaterThan(fixAt), "then the full report");
            var broken = html[breakAt..fixAt];
            Assert.That(broken, Does.Contain("<a href=\"#req-NET-07\"><span class=\"rid\">NET-07</span> NET-07 title</a>")
                .And.Contain("<code class=\"cid\">SecureZoneReachesNoInternetTcpPort</code>")
                .And.Contain(Leak)
                .And.Contain("<a href=\"#check-SecureZoneReachesNoInternetTcpPort\">evidence</a>")
                .And.Contain("Could no longer be verified").And.Contain("DnsCheck")
                .And.Contain("partner-sftp.yaml").And.Contain("20261201T205500Z-base"));
            Assert.That(html[fixAt..], Does.Contain("ProxyRefusesUnlistedNames"));
            Assert.That(html, Does.Contain("<li class=\"check\" id=\"check-SecureZoneReachesNoInternetTcpPort\""));
        }
    }

    [Test]
    public void Results_json_names_the_baseline_and_the_change_files_sha256_and_validates()
    {
        using var folder = new TempFolder();
        var run = ReportWriter.WriteRun(ChangeReport(), folder.Path, []);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        var change = json.RootElement.GetProperty("change");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ResultsSchema.Errors(json.RootElement), Is.Empty);
            Assert.That(json.RootElement.GetProperty("metadata").GetProperty("run_kind").GetString(), Is.EqualTo(RunKinds.Change));
            Assert.That(change.GetProperty("baseline").GetProperty("run_id").GetString(), Is.EqualTo("20261201T205500Z-base"));
            Assert.That(change.GetProperty("sha256").GetString(), Is.EqualTo(new string('e', 64)));
            Assert.That(change.GetProperty("exit_code").GetInt32(), Is.EqualTo(ExitCodes.Failed));
            Assert.That(change.GetProperty("checks").GetProperty("newly_failed")[0].GetProperty("message").GetString(), Is.EqualTo(Leak));
            Assert.That(change.GetProperty("checks").GetProperty("newly_not_verified")[0].GetProperty("breaks").GetBoolean(), Is.False);
            Assert.That(change.GetProperty("checks").GetProperty("fixed")[0].GetProperty("check_id").GetString(), Is.EqualTo("ProxyRefusesUnlistedNames"));
        }
    }

    [Test]
    public void A_run_of_the_environment_as_it_stands_has_a_null_change_block_and_no_change_sections()
    {
        using var folder = new TempFolder();
        var run = ReportWriter.WriteRun(new RunBuilder().Requirement("NET-07", "NET", Outcome.Passed, "ok", Check("A", "NET-07", Outcome.Passed, "ok")).Build(), folder.Path, []);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));

        Assert.That(json.RootElement.GetProperty("change").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(ResultsSchema.Errors(json.RootElement), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Not.Contain("This change would"));
    }

    internal static RunReport ChangeReport()
    {
        var report = new RunBuilder { RunId = "20261201T210000Z-chg" }
            .Requirement("NET-07", "NET", Outcome.Failed, "1 of 2 checks failed", Check("SecureZoneReachesNoInternetTcpPort", "NET-07", Outcome.Failed, Leak), Check("DnsCheck", "NET-07", Outcome.NotVerified, "resolver timed out"))
            .Requirement("NET-08", "NET", Outcome.Passed, "ok", Check("ProxyRefusesUnlistedNames", "NET-08", Outcome.Passed, "refused"))
            .Build();
        report = report with { Metadata = report.Metadata with { RunKind = RunKinds.Change } };
        var baseline = new RunRecord("20261201T205500Z-base", "lab", "lab", Start.AddMinutes(-5), Start.AddMinutes(-1), "all", SelectionScope.Everything, true, RunKinds.ChangeBaseline, [],
        [
            new RequirementRecord("NET-07", "NET-07 title", Outcome.Passed, [new CheckRecord("SecureZoneReachesNoInternetTcpPort", "t", Outcome.Passed), new CheckRecord("DnsCheck", "t", Outcome.Passed)]),
            new RequirementRecord("NET-08", "NET-08 title", Outcome.Failed, [new CheckRecord("ProxyRefusesUnlistedNames", "t", Outcome.Failed)]),
        ]);
        var change = new ProposedChange("/work/changes/partner-sftp.yaml", new string('e', 64), ChangeFormat.Steps, "partner-sftp: open TCP 22 to a partner", [new ChangeStep("fw", "nft ...", 4)], []);
        return report with
        {
            Changes = RunComparer.Compare(baseline, RunRecord.Of(report), requested: false),
            Change = new ChangeRun(change, baseline.RunId, baseline.StartedUtc, false, "labx", ChangeImpact.Of(baseline, report.Requirements)),
        };
    }
}
