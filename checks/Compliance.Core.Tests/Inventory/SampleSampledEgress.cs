using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Core.Tests.Inventory;

[ExpectedSection("egress")]
public sealed record SampleSampledEgress
{
    public OutsideSample? OutsideSample { get; init; }
}
