using System.Text.Json;
using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>A run that meets a hanging check or an interrupt still ends, writes its report and says what happened.</summary>
public sealed class RunLifecycleTests : RepositoryTest
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    [Test]
    public async Task A_check_past_its_deadline_is_not_verified_and_the_run_goes_on()
    {
        var harness = RunnerHarness.WithFakeTransports(repository, new FakeChecks.HangingCheck("NET-08", 1));

        var exitCode = await harness.RunAsync("--control", "NET-01", "--control", "NET-08").WaitAsync(Guard);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.NotVerified), harness.Error.ToString());
        using var json = LatestResults();
        Assert.That(Check(json, "HangingCheck").GetProperty("check_outcome").GetString(), Is.EqualTo("not_verified"));
        Assert.That(Check(json, "HangingCheck").GetProperty("check_message").GetString(), Does.StartWith("timed out after 1 s"));
        Assert.That(Check(json, "HangingCheck").GetProperty("evidence")[0].GetProperty("observed").GetString(), Is.EqualTo("started waiting"),
            "what the check recorded before its deadline is kept");
        Assert.That(Check(json, "PassingCheck").GetProperty("check_outcome").GetString(), Is.EqualTo("passed"));
        Assert.That(json.RootElement.GetProperty("metadata").GetProperty("complete").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_cancelled_run_reports_what_finished_marks_the_rest_cancelled_and_exits_2()
    {
        var harness = RunnerHarness.WithFakeTransports(repository, new FakeChecks.HangingCheck("NET-08", 600));
        using var interrupt = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var exitCode = await harness.RunAsync(interrupt.Token, "--control", "NET-01", "--control", "NET-08").WaitAsync(Guard);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.NotVerified), harness.Error.ToString());
        using var json = LatestResults();
        Assert.That(json.RootElement.GetProperty("metadata").GetProperty("complete").GetBoolean(), Is.False);
        Assert.That(Check(json, "HangingCheck").GetProperty("check_outcome").GetString(), Is.EqualTo("not_verified"));
        Assert.That(Check(json, "HangingCheck").GetProperty("check_message").GetString(), Does.StartWith("cancelled"));
        Assert.That(Check(json, "PassingCheck").GetProperty("check_outcome").GetString(), Is.EqualTo("passed"), "a check that finished keeps its result");
        var html = File.ReadAllText(Path.Combine(repository.Reports, "latest", "report.html"));
        Assert.That(html, Does.Contain("Incomplete run."));
        Assert.That(harness.Console.Output, Does.Contain("Cancelled"));
    }

    private JsonDocument LatestResults() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(repository.Reports, "latest", "results.json")));

    private static JsonElement Check(JsonDocument json, string checkId) =>
        json.RootElement.GetProperty("requirements").EnumerateArray()
            .SelectMany(r => r.GetProperty("checks").EnumerateArray())
            .Single(c => c.GetProperty("check_id").GetString() == checkId);
}
