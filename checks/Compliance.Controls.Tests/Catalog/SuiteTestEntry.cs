namespace Compliance.Controls.Tests.Catalog;

/// <summary>An NUnit test of the suite Compliance.Checks: its method name and its <c>[Control]</c> ID (null when it has none).</summary>
internal sealed record SuiteTestEntry(string Name, string? ControlId);
