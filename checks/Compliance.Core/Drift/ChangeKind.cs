namespace Compliance.Core.Drift;

/// <summary>How an outcome moved between the compared run and this one; most moves are none of these.</summary>
public enum ChangeKind
{
    /// <summary>Failed now, not Failed before (or not checked before).</summary>
    NewFailure,

    /// <summary>Failed before, compliant now (Passed, Waived, Attested or Not applicable).</summary>
    Fixed,

    /// <summary>Failed before and now.</summary>
    StillFailing,

    /// <summary>Not verified now, something else before (or not checked before).</summary>
    NewNotVerified,
}
