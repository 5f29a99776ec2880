namespace Compliance.Core.Inventory;

/// <summary>One problem of a bound value: the field (relative to its record, <c>name</c> or <c>name[index]</c>) and what is wrong.</summary>
public sealed record FieldProblem(string Field, string Problem);
