using Compliance.Core.Results;

namespace Compliance.Core.Drift;

/// <summary>
/// What changed since the compared run: requirements and checks by <see cref="ChangeKind"/>, and the inputs whose hashes
/// differ. <see cref="Compared"/> is null when there was no run to compare with; <see cref="Basis"/> says why, or how the
/// compared run was chosen.
/// </summary>
public sealed record RunChanges(
    ComparedRun? Compared,
    string Basis,
    ChangeLists<RequirementChange> Requirements,
    ChangeLists<CheckChange> Checks,
    IReadOnlyList<InputChange> Inputs)
{
    /// <summary>The basis of a run compared with the latest complete run of its series.</summary>
    public const string LatestBasis = "the latest earlier complete run of the same environment and selection";

    /// <summary>The basis of a run compared with the run given by <c>--compare</c>.</summary>
    public const string RequestedBasis = "the run given with --compare";

    /// <summary>The basis of a run without an earlier complete run of its series.</summary>
    public const string NoEarlierRunBasis = "no earlier complete run of the same environment and selection in the report folder";

    /// <summary>No comparison was made (a report written without looking for earlier runs).</summary>
    public static RunChanges NotCompared { get; } = Nothing("no comparison was made");

    /// <summary>No compared run, for the reason given.</summary>
    public static RunChanges Nothing(string basis) => new(null, basis, ChangeKinds.None<RequirementChange>(), ChangeKinds.None<CheckChange>(), []);
}
