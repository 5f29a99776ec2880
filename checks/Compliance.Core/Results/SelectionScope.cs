namespace Compliance.Core.Results;

/// <summary>
/// What a run was asked to check, in canonical form: the requirement IDs of <c>--control</c> and the family IDs of
/// <c>--family</c> (however the family was named), each sorted without repeats; both empty for the whole catalog. Two
/// runs with equal scopes checked the same selection, so one can be compared with the other.
/// </summary>
public sealed record SelectionScope(IReadOnlyList<string> Controls, IReadOnlyList<string> Families)
{
    /// <summary>The whole catalog.</summary>
    public static SelectionScope Everything { get; } = new([], []);

    /// <summary>True when nothing was narrowed.</summary>
    public bool IsEverything => Controls.Count == 0 && Families.Count == 0;

    /// <summary>The canonical scope of the given requirement and family IDs.</summary>
    public static SelectionScope Of(IEnumerable<string> controls, IEnumerable<string> families) =>
        new(Canonical(controls), Canonical(families));

    /// <summary>True when <paramref name="other"/> selects the same requirements and families.</summary>
    public bool SameAs(SelectionScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Controls.SequenceEqual(other.Controls, StringComparer.Ordinal) && Families.SequenceEqual(other.Families, StringComparer.Ordinal);
    }

    private static string[] Canonical(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
