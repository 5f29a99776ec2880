using System.Text.Json;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>Each run says what changed since the latest complete run of the same environment and selection, or since the run given with --compare.</summary>
public sealed class DriftTests : RepositoryTest
{
    private static readonly string[] Nightly = ["--control", "NET-01", "--control", "NET-02", "--control", "NET-03", "--control", "NET-08"];

    private DriftHarness drift = null!;

    [SetUp]
    public void CreateHarness() => drift = new DriftHarness(repository);

    [Test]
    public async Task The_first_run_has_nothing_to_compare_with()
    {
        await drift.RunAsync(Nightly);

        using var json = drift.LatestResults();
        var changes = json.RootElement.GetProperty("changes");
        Assert.That(changes.GetProperty("compared_with").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(changes.GetProperty("basis").GetString(), Is.EqualTo(RunChanges.NoEarlierRunBasis));
        Assert.That(drift.Last!.Console.Output, Does.Contain("Since the last run: nothing to compare with"));
    }

    [Test]
    public async Task A_run_names_new_failures_fixed_still_failing_and_new_not_verified_since_the_last_run()
    {
        drift.Answers["flaky"] = "port 8888 open";
        await drift.RunAsync(Nightly);
        var first = drift.LatestRunId();
        drift.Answers["good"] = "port 23 open";
        drift.Answers["flaky"] = "compliant";
        drift.Answers["down"] = "compliant";
        await drift.RunAsync(Nightly);
        drift.Answers.Remove("down");

        var exitCode = await drift.RunAsync(Nightly);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
        using var json = drift.LatestResults();
        var changes = json.RootElement.GetProperty("changes");
        Assert.That(changes.GetProperty("compared_with").GetProperty("run_id").GetString(), Is.Not.EqualTo(first), "the latest run, not the first");
        Assert.That(changes.GetProperty("compared_with").GetProperty("requested").GetBoolean(), Is.False);
        Assert.That(Ids(changes, "requirements", "new_failures"), Is.Empty, "NET-01 failed in the run before too");
        Assert.That(Ids(changes, "requirements", "still_failing"), Is.EqualTo(new[] { "NET-01", "NET-02" }));
        Assert.That(Ids(changes, "requirements", "new_not_verified"), Is.EqualTo(new[] { "NET-03" }));
        Assert.That(Ids(changes, "checks", "new_not_verified"), Is.EqualTo(new[] { "UnreachableCheck" }));
    }

    [Test]
    public async Task A_new_failure_and_a_fix_are_shown_in_results_report_and_console()
    {
        drift.Answers["flaky"] = "port 8888 open";
        await drift.RunAsync(Nightly);
        var first = drift.LatestRunId();
        drift.Answers["good"] = "port 23 open";
        drift.Answers["flaky"] = "compliant";

        await drift.RunAsync(Nightly);

        using var json = drift.LatestResults();
        var changes = json.RootElement.GetProperty("changes");
        Assert.That(changes.GetProperty("compared_with").GetProperty("run_id").GetString(), Is.EqualTo(first));
        Assert.That(Ids(changes, "requirements", "new_failures"), Is.EqualTo(new[] { "NET-01" }));
        Assert.That(Ids(changes, "checks", "new_failures"), Is.EqualTo(new[] { "PassingCheck" }));
        Assert.That(Ids(changes, "requirements", "fixed"), Is.EqualTo(new[] { "NET-08" }));
        Assert.That(Ids(changes, "requirements", "still_failing"), Is.EqualTo(new[] { "NET-02" }));
        Assert.That(Ids(changes, "requirements", "new_not_verified"), Is.Empty, "NET-03 was Not verified before too");
        var html = File.ReadAllText(Path.Combine(repository.Reports, "latest", "report.html"));
        Assert.That(html, Does.Contain($"Since {first} (2026-12-01 02:30:00 UTC)"));
        Assert.That(html, Does.Contain("<a href=\"#req-NET-01\">"));
        var output = drift.Last!.Console.Output;
        Assert.That(output, Does.Contain($"Since {first} (2026-12-01 02:30:00 UTC): New failures 1, Fixed 1, Still failing 1, New Not verified 0"));
        Assert.That(output, Does.Contain("New failures: NET-01 Requirement NET-01 holds (Passed -> Failed)"));
        Assert.That(output, Does.Contain("Fixed: NET-08 Requirement NET-08 holds (Failed -> Passed)"));
        Assert.That(output, Does.Contain("New failures (checks): PassingCheck (NET-01)"));
    }

    [Test]
    public async Task An_incomplete_run_is_never_compared_with()
    {
        string[] selection = ["--control", "NET-01", "--control", "NET-08"];
        await drift.RunAsync(selection);
        var complete = drift.LatestRunId();
        using (var interrupt = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await drift.RunAsync([.. FakeChecks.All, new FakeChecks.HangingCheck("NET-08", 600)], interrupt.Token, selection).WaitAsync(TimeSpan.FromSeconds(60));
        }

        var cancelled = drift.LatestRunId();

        await drift.RunAsync(selection);

        using var json = drift.LatestResults();
        Assert.That(cancelled, Is.Not.EqualTo(complete));
        Assert.That(json.RootElement.GetProperty("changes").GetProperty("compared_with").GetProperty("run_id").GetString(), Is.EqualTo(complete));
        Assert.That(Ids(json.RootElement.GetProperty("changes"), "requirements", "new_not_verified"), Is.Empty);
    }

    [Test]
    public async Task A_run_of_another_selection_is_never_compared_with_and_the_same_family_named_otherwise_is()
    {
        await drift.RunAsync("--family", "NET");
        var family = drift.LatestRunId();
        await drift.RunAsync("--control", "NET-01");
        await drift.RunAsync("--family", "physical");

        await drift.RunAsync("--family", "network");

        using var json = drift.LatestResults();
        Assert.That(json.RootElement.GetProperty("changes").GetProperty("compared_with").GetProperty("run_id").GetString(), Is.EqualTo(family));
        Assert.That(json.RootElement.GetProperty("metadata").GetProperty("selection_scope").GetRawText(), Is.EqualTo("""{"controls":[],"families":["NET"]}""").IgnoreWhiteSpace);
    }

    [Test]
    public async Task Compare_takes_a_run_id_of_the_report_folder()
    {
        await drift.RunAsync(Nightly);
        var first = drift.LatestRunId();
        drift.Answers["good"] = "port 23 open";
        await drift.RunAsync(Nightly);

        await drift.RunAsync([.. Nightly, "--compare", first]);

        using var json = drift.LatestResults();
        var compared = json.RootElement.GetProperty("changes").GetProperty("compared_with");
        Assert.That(compared.GetProperty("run_id").GetString(), Is.EqualTo(first));
        Assert.That(compared.GetProperty("requested").GetBoolean(), Is.True);
        Assert.That(Ids(json.RootElement.GetProperty("changes"), "requirements", "new_failures"), Is.EqualTo(new[] { "NET-01" }));
        Assert.That(drift.Last!.Console.Output, Does.Contain("given with --compare"));
    }

    [Test]
    public async Task Compare_takes_a_run_folder_elsewhere_even_of_another_selection()
    {
        var elsewhere = repository.FullPath("archive");
        await drift.RunAsync("--control", "NET-01", "--report-dir", elsewhere);
        var folder = Path.Combine(elsewhere, new DirectoryInfo(Path.Combine(elsewhere, "latest")).LinkTarget!);
        drift.Answers["good"] = "port 23 open";

        await drift.RunAsync([.. Nightly, "--compare", folder]);

        using var json = drift.LatestResults();
        var compared = json.RootElement.GetProperty("changes").GetProperty("compared_with");
        Assert.That(compared.GetProperty("run_id").GetString(), Is.EqualTo(Path.GetFileName(folder)));
        Assert.That(compared.GetProperty("selection").GetString(), Is.EqualTo("controls NET-01"));
        Assert.That(Ids(json.RootElement.GetProperty("changes"), "requirements", "new_failures"), Is.EqualTo(new[] { "NET-01", "NET-02" }),
            "NET-02 was not checked by the compared run");
        Assert.That(File.ReadAllText(Path.Combine(repository.Reports, "latest", "report.html")), Does.Contain("its selection was controls NET-01"));
    }

    [Test]
    public async Task Changed_inputs_are_named()
    {
        await drift.RunAsync(Nightly);
        File.AppendAllText(Path.Combine(repository.Environment, "waivers.yaml"), "# reviewed\n");

        await drift.RunAsync(Nightly);

        using var json = drift.LatestResults();
        var inputs = json.RootElement.GetProperty("changes").GetProperty("inputs_changed").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.That(inputs, Is.EqualTo(new[] { "waivers.yaml" }));
        Assert.That(drift.Last!.Console.Output, Does.Contain("Inputs changed: waivers.yaml"));
    }

    [Test]
    public async Task The_history_strip_shows_each_complete_run_of_the_series_with_this_run_last()
    {
        await drift.RunAsync(Nightly);
        drift.Answers["good"] = "port 23 open";
        await drift.RunAsync(Nightly);
        await drift.RunAsync("--control", "NET-01");

        await drift.RunAsync(Nightly);

        var html = File.ReadAllText(Path.Combine(repository.Reports, "latest", "report.html"));
        var strip = html[html.IndexOf("<ol class=\"strip\" aria-label=\"NET-01 ", StringComparison.Ordinal)..];
        strip = strip[..strip.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.That(strip, Does.Contain("in the last 3 complete runs"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(strip, ">([^<]*)</li>").Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "P", "F", "F" }));
        Assert.That(strip, Does.Contain("class=\"cell o-failed this\""));
    }

    private static List<string?> Ids(JsonElement changes, string what, string kind) =>
        [.. changes.GetProperty(what).GetProperty(kind).EnumerateArray().Select(e => e.GetProperty(what == "checks" ? "check_id" : "id").GetString())];
}
