using Compliance.Core.Drift;
using Compliance.Core.Results;
using Compliance.Reports.History;

namespace Compliance.Runner.Change;

/// <summary>
/// Finds an earlier baseline a change run may take instead of checking the lab again: the newest complete
/// <see cref="RunKinds.ChangeBaseline"/> run of the report folder with the same environment and selection, every input
/// hash the same (catalog, inventory, expected state, the lab's files) and made from the same clean commit (a tree with
/// uncommitted changes may hold other checks, so its runs are never reused).
/// </summary>
public static class BaselineRuns
{
    /// <summary>The reusable baseline, or null when there is none.</summary>
    public static RunRecord? Reusable(string reportsRoot, RunSeries series, IReadOnlyList<InputHash> inputs, string gitCommit)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(inputs);
        if (gitCommit == "unknown" || gitCommit.EndsWith("-dirty", StringComparison.Ordinal))
        {
            return null;
        }

        return RunArchive.NewestFirst(reportsRoot).FirstOrDefault(r =>
            r.RunKind == RunKinds.ChangeBaseline
            && r.Complete
            && r.GitCommit == gitCommit
            && r.Environment == series.Environment
            && r.EnvironmentKind == series.EnvironmentKind
            && r.Scope is { } scope && scope.SameAs(series.Scope)
            && SameInputs(r.Inputs, inputs));
    }

    private static bool SameInputs(IReadOnlyList<InputHash> a, IReadOnlyList<InputHash> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Name == p.Second.Name && p.First.Sha256 == p.Second.Sha256);
}
