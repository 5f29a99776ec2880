namespace Compliance.Core.Drift;

/// <summary>The requirements (or checks) of each <see cref="ChangeKind"/>, each list in report order.</summary>
public sealed record ChangeLists<T>(IReadOnlyList<T> NewFailures, IReadOnlyList<T> Fixed, IReadOnlyList<T> StillFailing, IReadOnlyList<T> NewNotVerified)
{
    /// <summary>The list of one kind.</summary>
    public IReadOnlyList<T> Of(ChangeKind kind) => kind switch
    {
        ChangeKind.NewFailure => NewFailures,
        ChangeKind.Fixed => Fixed,
        ChangeKind.StillFailing => StillFailing,
        ChangeKind.NewNotVerified => NewNotVerified,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change."),
    };
}
