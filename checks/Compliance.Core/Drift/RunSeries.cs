using Compliance.Core.Results;

namespace Compliance.Core.Drift;

/// <summary>
/// The runs a run is compared with by default and whose outcomes its history shows: complete, standard runs
/// (<see cref="RunKinds"/>) of the same environment (name and kind) and the same selection. A cancelled run, a run of
/// another kind, of another environment or of another selection is never among them.
/// </summary>
/// <param name="Selection">The selection's description, which decides for runs written before <see cref="SelectionScope"/> was recorded.</param>
public sealed record RunSeries(string Environment, string EnvironmentKind, SelectionScope Scope, string Selection)
{
    /// <summary>The series of the run described by <paramref name="run"/>.</summary>
    public static RunSeries Of(RunMetadata run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Environment, run.EnvironmentKind, run.Scope, run.Selection);
    }

    /// <summary>True when <paramref name="candidate"/> belongs to this series.</summary>
    public bool Includes(RunRecord candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Complete
            && candidate.RunKind == RunKinds.Standard
            && candidate.Environment == Environment
            && candidate.EnvironmentKind == EnvironmentKind
            && (candidate.Scope is { } scope ? scope.SameAs(Scope) : candidate.Selection == Selection);
    }
}
