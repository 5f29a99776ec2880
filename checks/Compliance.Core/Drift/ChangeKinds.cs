using Compliance.Core.Outcomes;

namespace Compliance.Core.Drift;

/// <summary>Classifies an outcome's move from one run to the next, and names each kind the same way in every report.</summary>
public static class ChangeKinds
{
    /// <summary>Every kind, in the order reports list them.</summary>
    public static IReadOnlyList<ChangeKind> All { get; } = [ChangeKind.NewFailure, ChangeKind.Fixed, ChangeKind.StillFailing, ChangeKind.NewNotVerified];

    extension(ChangeKind kind)
    {
        /// <summary>The heading people read ("New failures").</summary>
        public string Label => kind switch
        {
            ChangeKind.NewFailure => "New failures",
            ChangeKind.Fixed => "Fixed",
            ChangeKind.StillFailing => "Still failing",
            ChangeKind.NewNotVerified => "New Not verified",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change."),
        };

        /// <summary>The key in <c>results.json</c> and the HTML id ("new_failures").</summary>
        public string JsonName => kind switch
        {
            ChangeKind.NewFailure => "new_failures",
            ChangeKind.Fixed => "fixed",
            ChangeKind.StillFailing => "still_failing",
            ChangeKind.NewNotVerified => "new_not_verified",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change."),
        };
    }

    /// <summary>The kind of move from <paramref name="before"/> (null: not in the compared run) to <paramref name="after"/>, or null when it is none of them.</summary>
    public static ChangeKind? Of(Outcome? before, Outcome after) => (before, after) switch
    {
        (Outcome.Failed, Outcome.Failed) => ChangeKind.StillFailing,
        (_, Outcome.Failed) => ChangeKind.NewFailure,
        (Outcome.NotVerified, Outcome.NotVerified) => null,
        (_, Outcome.NotVerified) => ChangeKind.NewNotVerified,
        (Outcome.Failed, _) when after.IsCompliant => ChangeKind.Fixed,
        _ => null,
    };

    /// <summary>Lists with nothing in them.</summary>
    public static ChangeLists<T> None<T>() => new([], [], [], []);

    /// <summary>The lists of <paramref name="items"/> classified by <paramref name="kindOf"/>, in the given order; items of no kind are left out.</summary>
    public static ChangeLists<T> Sort<T>(IEnumerable<T> items, Func<T, ChangeKind?> kindOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(kindOf);
        var kinds = items.Select(i => (Item: i, Kind: kindOf(i))).Where(x => x.Kind is not null).ToList();
        List<T> Where(ChangeKind kind) => [.. kinds.Where(x => x.Kind == kind).Select(x => x.Item)];
        return new(Where(ChangeKind.NewFailure), Where(ChangeKind.Fixed), Where(ChangeKind.StillFailing), Where(ChangeKind.NewNotVerified));
    }
}
