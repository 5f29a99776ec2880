using System.Diagnostics;
using System.Text.Json;
using Compliance.Core.Results;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// Runs the NUnit suite with <c>dotnet test --no-build -c Release</c>, filtered to the selected checks, with
/// <c>COMPLIANCE_ENV</c> and <c>COMPLIANCE_RECORDS</c> set, and reads back the recorded results.
/// </summary>
public sealed class DotnetTestExecutor(RepositoryLayout layout) : ICheckExecutor
{
    private static readonly TimeSpan SuiteDeadline = TimeSpan.FromHours(2);

    /// <inheritdoc/>
    public IReadOnlyList<CheckInfo> DiscoverChecks() => SuiteDiscovery.Discover(layout.ChecksAssembly);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CheckResult>> ExecuteAsync(RunInputs inputs, RunLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(log);
        if (inputs.Selection.Checks.Count == 0)
        {
            log.Write("no check selected; the suite is not started");
            return [];
        }

        var records = Path.Combine(Path.GetTempPath(), $"compliance-records-{Guid.NewGuid():N}.jsonl");
        try
        {
            var info = StartInfo(inputs, records);
            log.Write($"running: dotnet {string.Join(' ', info.ArgumentList)}");
            var exitCode = await LoggedProcess.RunAsync(info, log, SuiteDeadline, cancellationToken).ConfigureAwait(false);
            log.Write(exitCode is { } code ? $"dotnet test exited with {code}" : "the suite was stopped (deadline or interrupt)");
            return ReadRecords(records, log);
        }
        finally
        {
            File.Delete(records);
        }
    }

    private ProcessStartInfo StartInfo(RunInputs inputs, string records)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = layout.Root };
        foreach (var a in (string[])["test", layout.ChecksProject, "--no-build", "-c", "Release", "--logger", "console;verbosity=normal"])
        {
            info.ArgumentList.Add(a);
        }

        if (!inputs.Selection.IsEverything)
        {
            info.ArgumentList.Add("--filter");
            info.ArgumentList.Add(string.Join('|', inputs.Selection.Checks.Select(c => $"FullyQualifiedName={c.FullName}")));
        }

        info.Environment["COMPLIANCE_ENV"] = inputs.EnvironmentDirectory;
        info.Environment["COMPLIANCE_RECORDS"] = records;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    private static List<CheckResult> ReadRecords(string path, RunLog log)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var results = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            try
            {
                var result = CheckResultJson.FromLine(line);
                results[result.CheckId] = result;
            }
            catch (JsonException e)
            {
                log.Write($"unreadable result record skipped: {e.Message}");
            }
        }

        return [.. results.Values];
    }
}
