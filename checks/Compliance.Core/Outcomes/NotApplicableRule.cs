using Compliance.Core.Inventory;

namespace Compliance.Core.Outcomes;

/// <summary>
/// When a check is not applicable: the inventory's <c>not_applicable:</c> names the check's ID or its requirement's ID
/// (an entry for the check wins over one for the requirement).
/// </summary>
public static class NotApplicableRule
{
    /// <summary>The reason shown for the check (<c>Not applicable to ENV: REASON</c>), or null when it applies.</summary>
    public static string? ReasonFor(EnvironmentInventory inventory, string checkId, string controlId)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var entry = inventory.NotApplicable.FirstOrDefault(e => e.Target == checkId)
            ?? inventory.NotApplicable.FirstOrDefault(e => e.Target == controlId);
        return entry is null ? null : $"Not applicable to {inventory.Name}: {entry.Reason}";
    }
}
