using Compliance.Core.Drift;
using Compliance.Core.Inputs;
using Compliance.Reports.History;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// The earlier runs a run is measured against, read before any check starts: the run given by <c>--compare</c> (bad
/// input when it cannot be found or read), and the last <see cref="RunHistory.Length"/> runs of its series in the report
/// folder, the newest of which is the compared run when <c>--compare</c> is not given. Folders whose results do not read
/// are passed over and listed in <see cref="Unreadable"/>.
/// </summary>
public sealed record EarlierRuns(RunRecord? Requested, IReadOnlyList<RunRecord> Series, IReadOnlyList<string> Unreadable)
{
    /// <summary>Finds and reads the earlier runs.</summary>
    public static EarlierRuns Load(string? compare, string reportsRoot, RunSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var requested = compare is null ? null : ReadRequested(compare, reportsRoot);
        var unreadable = new List<string>();
        var runs = RunArchive.NewestFirst(reportsRoot, e => unreadable.Add(e.Message)).Where(series.Includes).Take(RunHistory.Length).ToList();
        return new EarlierRuns(requested, runs, unreadable);
    }

    /// <summary>The latest run of the series, or null when there is none.</summary>
    public RunRecord? Latest => Series.OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.RunId, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>What changed from the requested run, else from the latest of the series, to <paramref name="current"/>.</summary>
    public RunChanges ChangesTo(RunRecord current) =>
        Requested is { } requested ? RunComparer.Compare(requested, current, requested: true)
        : Latest is { } latest ? RunComparer.Compare(latest, current, requested: false)
        : RunChanges.Nothing(RunChanges.NoEarlierRunBasis);

    /// <summary>The outcome history of <paramref name="current"/>.</summary>
    public RunHistory HistoryOf(RunRecord current) => RunHistory.Of(Series, current);

    private static RunRecord ReadRequested(string compare, string reportsRoot)
    {
        var folder = RunArchive.Locate(reportsRoot, compare)
            ?? throw new InputException("command line", $"--compare {compare}: neither a run of {reportsRoot} nor a folder");
        try
        {
            return RunRecordReader.Read(folder);
        }
        catch (InputException e)
        {
            const string Given = " (the run given with --compare)";
            throw e.Line > 0
                ? new InputException(e.File, e.Line, e.Column, e.Field, e.Problem + Given)
                : new InputException(e.File, e.Problem + Given);
        }
    }
}
