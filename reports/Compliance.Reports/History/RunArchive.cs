using Compliance.Core.Drift;
using Compliance.Core.Inputs;

namespace Compliance.Reports.History;

/// <summary>
/// The run folders of a report root (<c>reports/out</c> or <c>--report-dir</c>): found by run ID or path, and read back
/// newest first. Run IDs begin with their UTC start time, so folder names in reverse order are the runs newest first.
/// Nothing is written.
/// </summary>
public static class RunArchive
{
    /// <summary>
    /// The folder of a run named by its ID (a folder of <paramref name="reportsRoot"/>, or <c>latest</c> for the newest
    /// run written there) or by a path, or null when neither exists.
    /// </summary>
    public static string? Locate(string reportsRoot, string runIdOrFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runIdOrFolder);
        var inRoot = Path.Combine(reportsRoot, runIdOrFolder);
        if (runIdOrFolder == Folder.LatestLink.Name && Directory.Exists(inRoot))
        {
            return Path.GetFullPath(Path.Combine(reportsRoot, new DirectoryInfo(inRoot).LinkTarget ?? runIdOrFolder));
        }

        if (IsRunId(runIdOrFolder) && Directory.Exists(inRoot))
        {
            return Path.GetFullPath(inRoot);
        }

        return Directory.Exists(runIdOrFolder) ? Path.GetFullPath(runIdOrFolder) : null;
    }

    /// <summary>
    /// Every run of <paramref name="reportsRoot"/> whose <c>results.json</c> reads, newest folder name first, read as the
    /// sequence is walked; a folder without results.json is passed over, one whose results.json does not read is passed
    /// to <paramref name="unreadable"/> and passed over.
    /// </summary>
    public static IEnumerable<RunRecord> NewestFirst(string reportsRoot, Action<InputException>? unreadable = null)
    {
        if (!Directory.Exists(reportsRoot))
        {
            yield break;
        }

        var folders = new DirectoryInfo(reportsRoot).EnumerateDirectories()
            .Where(d => d.LinkTarget is null && IsRunId(d.Name) && File.Exists(Path.Combine(d.FullName, Json.JsonResults.FileName)))
            .Select(d => d.FullName)
            .OrderDescending(StringComparer.Ordinal)
            .ToList();
        foreach (var folder in folders)
        {
            RunRecord run;
            try
            {
                run = RunRecordReader.Read(folder);
            }
            catch (InputException e)
            {
                unreadable?.Invoke(e);
                continue;
            }

            yield return run;
        }
    }

    private static bool IsRunId(string name) => ReportWriter.IsPlainName(name) && name != "logs";
}
