namespace Compliance.Core.Inventory;

/// <summary>
/// Marks a list of the expected state (or of the inventory) that checks iterate: each item is something they probe.
/// The loader refuses the list empty or absent, because a check over no item would establish nothing; a list that is
/// empty on purpose says so with its reason (<c>field: {none: "why"}</c>), and then the named checks are Not applicable
/// with that reason.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class IteratedByAttribute(params string[] checks) : Attribute
{
    /// <summary>The IDs of the checks that iterate the list.</summary>
    public IReadOnlyList<string> Checks { get; } = checks;
}
