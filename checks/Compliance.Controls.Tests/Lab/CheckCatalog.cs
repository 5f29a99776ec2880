using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Lab;

/// <summary>Every check class of Compliance.Controls, by family (the requirement prefix: NET, ENC, JUP, ...).</summary>
internal static class CheckCatalog
{
    public static IReadOnlyList<Check> All() =>
        [.. typeof(Check).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(Check)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Check)Activator.CreateInstance(t)!)
            .OrderBy(c => c.CheckId, StringComparer.Ordinal)];

    public static string Family(Check check) => check.ControlId.Split('-')[0];

    public static IReadOnlyList<Check> Of(IEnumerable<string> families)
    {
        var set = families.ToHashSet(StringComparer.Ordinal);
        return [.. All().Where(c => set.Contains(Family(c)))];
    }
}
