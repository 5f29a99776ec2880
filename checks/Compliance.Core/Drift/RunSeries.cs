using Compliance.Core.Results;

namespace Compliance.Core.Drift;

/// <summary>
/// Which earlier runs a run is compared with by default and whose outcomes its history shows: complete, standard runs
/// (<see cref="RunKinds"/>) of the same environment (name and kind) and the same selection. A cancelled run, a run of
/// another kind, of another environment or of another selection is never among them.
/// </summary>
public static class RunSeries
{
    /// <summary>True when <paramref name="candidate"/> belongs to the series of the run described by <paramref name="run"/>.</summary>
    public static bool Includes(RunRecord candidate, RunMetadata run)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(run);
        return candidate.Complete
            && candidate.RunKind == RunKinds.Standard
            && candidate.Environment == run.Environment
            && candidate.EnvironmentKind == run.EnvironmentKind
            && (candidate.Scope is { } scope ? scope.SameAs(run.Scope) : candidate.Selection == run.Selection);
    }
}
