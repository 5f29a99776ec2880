using Compliance.Controls.Tests.Lab;

[assembly: ReleasesLabLeases]
[assembly: LevelOfParallelism(4)]

namespace Compliance.Controls.Tests;

/// <summary>Takes the lab instances down once every test of the assembly has run.</summary>
[SetUpFixture]
public sealed class LabTests
{
    [OneTimeTearDown]
    public Task TakeTheLabsDown() => LabPool.DownAsync();
}
