using System.Text.Json;
using Compliance.Controls.Framework;

namespace Compliance.Runner.Tests.Support;

/// <summary>
/// Runs of one <see cref="TestRepository"/> night after night: each run an hour after the last, over transports whose
/// answers a test changes between runs (<see cref="Answers"/>), with <see cref="FlakyCheck"/> for NET-08.
/// </summary>
internal sealed class DriftHarness(TestRepository repository)
{
    private static readonly DateTimeOffset First = new(2026, 12, 1, 2, 30, 0, TimeSpan.Zero);

    private int _runs;

    /// <summary>What each host answers: "compliant" passes; a host not listed is unreachable (Not verified).</summary>
    public Dictionary<string, string> Answers { get; } = new() { ["good"] = "compliant", ["bad"] = "port 23 open", ["flaky"] = "compliant" };

    /// <summary>What the last run printed.</summary>
    public RunnerHarness? Last { get; private set; }

    /// <summary>Runs with the given arguments and returns the exit code.</summary>
    public Task<int> RunAsync(params string[] args) => RunAsync([.. FakeChecks.All, new FlakyCheck()], CancellationToken.None, args);

    /// <summary>Runs a suite of the given checks, cancelled by <paramref name="cancellationToken"/>.</summary>
    public Task<int> RunAsync(IReadOnlyList<Check> checks, CancellationToken cancellationToken, params string[] args)
    {
        Last = new RunnerHarness(repository, new Pipeline.CheckSuite(checks, _ => new FakeTransports(Answers))) { Clock = new FixedClock(First.AddHours(_runs++)) };
        return Last.RunAsync(cancellationToken, args);
    }

    /// <summary>The results of the latest run.</summary>
    public JsonDocument LatestResults() => Results(Path.Combine(repository.Reports, "latest"));

    /// <summary>The results of a run folder.</summary>
    public static JsonDocument Results(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));

    /// <summary>The run ID of the latest run.</summary>
    public string LatestRunId()
    {
        using var json = LatestResults();
        return json.RootElement.GetProperty("metadata").GetProperty("run_id").GetString()!;
    }

    /// <summary>A check asking the host <c>flaky</c>, for NET-08.</summary>
    internal sealed class FlakyCheck() : FakeChecks.AskCheck("NET-08", "flaky");
}
