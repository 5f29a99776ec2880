using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>The checks of the registry as (check ID, requirement ID) pairs.</summary>
internal static class CodeInventory
{
    public static IReadOnlyList<CheckEntry> Checks() =>
        [.. CheckRegistry.All().Select(c => new CheckEntry(c.CheckId, c.ControlId))];
}
