namespace Compliance.Core.Inventory;

/// <summary>
/// A list the inventory declares empty on purpose (<c>field: {none: "why"}</c>): where it was written, why, and the
/// checks that iterate it (Not applicable with that reason).
/// </summary>
/// <param name="Field">The list, as <c>section.field</c> (e.g. <c>graph.departed_users</c>).</param>
/// <param name="Reason">Why the list is empty.</param>
/// <param name="Checks">The IDs of the checks that iterate the list.</param>
public sealed record EmptyOnPurpose(string Field, string Reason, IReadOnlyList<string> Checks);
