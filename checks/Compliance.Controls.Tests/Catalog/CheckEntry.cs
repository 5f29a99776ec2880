namespace Compliance.Controls.Tests.Catalog;

/// <summary>A check class of Compliance.Controls: its ID (class name) and the policy it names.</summary>
internal sealed record CheckEntry(string CheckId, string ControlId);
