using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Lab;

/// <summary>The checks of the registry, by family (the requirement prefix: NET, ENC, JUP, ...).</summary>
internal static class CheckCatalog
{
    public static IReadOnlyList<Check> All() => CheckRegistry.All();

    public static IReadOnlyList<Check> Of(IEnumerable<string> families)
    {
        var set = families.ToHashSet(StringComparer.Ordinal);
        return [.. All().Where(c => set.Contains(c.Family))];
    }
}
