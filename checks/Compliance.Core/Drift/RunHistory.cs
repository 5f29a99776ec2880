namespace Compliance.Core.Drift;

/// <summary>
/// The last <see cref="Length"/> complete runs of a series (<see cref="RunSeries"/>), oldest first: the report shows each
/// requirement's outcome in each of them. The run being reported is the last one when it is complete.
/// </summary>
public sealed record RunHistory(IReadOnlyList<RunRecord> Runs)
{
    /// <summary>How many runs the history holds at most.</summary>
    public const int Length = 30;

    /// <summary>No runs.</summary>
    public static RunHistory Empty { get; } = new([]);

    /// <summary>The history of <paramref name="current"/> given the earlier runs of its series (any order).</summary>
    public static RunHistory Of(IEnumerable<RunRecord> earlier, RunRecord current)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(current);
        var runs = earlier.Where(r => r.Complete).OrderBy(r => r.StartedUtc).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        if (current.Complete)
        {
            runs.Add(current);
        }

        return new RunHistory([.. runs.TakeLast(Length)]);
    }
}
