namespace Compliance.Runner.Pipeline;

/// <summary>A check of the suite: its ID (test method name), requirement, fixture category and NUnit full name.</summary>
public sealed record CheckInfo(string CheckId, string ControlId, string Category, string FullName);
