namespace Compliance.Core.Inventory;

/// <summary>
/// Marks a record as the shape of one section under <c>expected:</c> in an inventory
/// (e.g. <c>[ExpectedSection("proxy")]</c>). The inventory loader binds every marked section
/// strictly (unknown fields, missing required fields and wrong types are bad input with file:line:column).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExpectedSectionAttribute(string name) : Attribute
{
    /// <summary>The key under <c>expected:</c>.</summary>
    public string Name { get; } = name;
}
