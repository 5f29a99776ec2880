using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

[ExpectedSection("proxy")]
public sealed record SampleProxyExpectation
{
    public required IReadOnlyList<string> AllowedDomains { get; init; }

    public int Port { get; init; } = 3128;

    public string? Note { get; init; }
}
