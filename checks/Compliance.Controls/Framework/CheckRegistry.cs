namespace Compliance.Controls.Framework;

/// <summary>
/// Every check of the suite: each public, concrete <see cref="Check"/> of this assembly, in check-ID order. A check
/// class needs a parameterless constructor; the registry refuses one that has none rather than leave it out.
/// </summary>
public static class CheckRegistry
{
    private static readonly Lazy<List<Type>> Types = new(Discover);

    /// <summary>The check classes, ordered by check ID.</summary>
    public static IReadOnlyList<Type> CheckTypes => Types.Value;

    /// <summary>A fresh instance of every check, ordered by check ID.</summary>
    public static IReadOnlyList<Check> All() => [.. CheckTypes.Select(t => (Check)Activator.CreateInstance(t)!)];

    /// <summary>A fresh instance of the check with ID <paramref name="checkId"/>, or null.</summary>
    public static Check? Find(string checkId) =>
        CheckTypes.FirstOrDefault(t => t.Name == checkId) is { } type ? (Check)Activator.CreateInstance(type)! : null;

    private static List<Type> Discover()
    {
        var types = typeof(Check).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(Check)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (types.FirstOrDefault(t => t.GetConstructor(Type.EmptyTypes) is null) is { } bad)
        {
            throw new InvalidOperationException($"check {bad.Name} has no parameterless constructor");
        }

        if (types.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"two checks are named {twice.Key}");
        }

        return types;
    }
}
