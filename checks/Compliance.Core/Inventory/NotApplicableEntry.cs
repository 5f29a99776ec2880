namespace Compliance.Core.Inventory;

/// <summary>A requirement or check declared not applicable to this environment, with the reason.</summary>
public sealed record NotApplicableEntry(string Target, string Reason);
