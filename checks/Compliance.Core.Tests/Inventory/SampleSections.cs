using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

[ExpectedSection("proxy")]
public sealed record SampleProxyExpectation
{
    public required IReadOnlyList<string> AllowedDomains { get; init; }

    public int Port { get; init; } = 3128;

    public string? Note { get; init; }
}

[ExpectedSection("sudo")]
public sealed record SampleSudoExpectation(IReadOnlyList<SampleSudoRule> Rules, SampleMode Mode = SampleMode.Strict);

public sealed record SampleSudoRule(string User, IReadOnlySet<string> Commands, DateOnly? Until = null);

public enum SampleMode
{
    Strict,
    ReportOnly,
}
