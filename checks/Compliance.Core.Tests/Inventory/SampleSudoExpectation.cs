using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

[ExpectedSection("sudo")]
public sealed record SampleSudoExpectation(IReadOnlyList<SampleSudoRule> Rules, SampleMode Mode = SampleMode.Strict);
