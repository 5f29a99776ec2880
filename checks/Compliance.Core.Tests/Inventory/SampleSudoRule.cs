namespace Compliance.Core.Tests.Inventory;

public sealed record SampleSudoRule(string User, IReadOnlySet<string> Commands, DateOnly? Until = null);
