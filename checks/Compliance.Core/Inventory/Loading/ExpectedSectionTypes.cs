using System.Reflection;

namespace Compliance.Core.Inventory.Loading;

/// <summary>The <c>[ExpectedSection]</c> records declared in Compliance.Core (<c>Inventory/Expected/</c>).</summary>
internal static class ExpectedSectionTypes
{
    public static IReadOnlyList<Type> Declared { get; } =
        [.. typeof(ExpectedSectionAttribute).Assembly.GetTypes().Where(t => t.GetCustomAttribute<ExpectedSectionAttribute>() is not null)];
}
