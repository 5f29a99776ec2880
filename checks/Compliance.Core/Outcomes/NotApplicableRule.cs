using Compliance.Core.Inventory;

namespace Compliance.Core.Outcomes;

/// <summary>
/// When a check is not applicable: the inventory's <c>not_applicable:</c> names its check ID or its requirement ID
/// (the check ID wins). The reason reads "Not applicable to &lt;environment&gt;: &lt;reason&gt;".
/// </summary>
public static class NotApplicableRule
{
    /// <summary>The reason a check is not applicable to the inventory's environment; null when it applies.</summary>
    public static string? ReasonFor(EnvironmentInventory inventory, string checkId, string controlId)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return ReasonFor(inventory.NotApplicable, inventory.Name, checkId, controlId)
            ?? (inventory.EmptyOnPurpose.Concat(inventory.Expected.EmptyOnPurpose).FirstOrDefault(e => e.Checks.Contains(checkId)) is { } empty
                ? $"Not applicable to {inventory.Name}: {empty.Field} is empty on purpose: {empty.Reason}"
                : null);
    }

    /// <summary>The same rule over a <c>not_applicable:</c> list and the name of its environment.</summary>
    public static string? ReasonFor(IReadOnlyList<NotApplicableEntry> notApplicable, string environment, string checkId, string controlId)
    {
        ArgumentNullException.ThrowIfNull(notApplicable);
        var entry = notApplicable.FirstOrDefault(e => e.Target == checkId) ?? notApplicable.FirstOrDefault(e => e.Target == controlId);
        return entry is null ? null : Message(environment, entry);
    }

    /// <summary>The reason a whole requirement is not applicable (declared by its ID); null when it applies.</summary>
    public static string? ReasonForRequirement(EnvironmentInventory inventory, string controlId)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var entry = inventory.NotApplicable.FirstOrDefault(e => e.Target == controlId);
        return entry is null ? null : Message(inventory.Name, entry);
    }

    private static string Message(string environment, NotApplicableEntry entry) => $"Not applicable to {environment}: {entry.Reason}";
}
