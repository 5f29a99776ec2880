using Compliance.Controls.Tests.Lab;

[assembly: ReleasesLabLeases]
[assembly: LevelOfParallelism(4)]

namespace Compliance.Controls.Tests;

/// <summary>Takes the lab instances of the pool down once every test of the assembly has run (its name keeps it out of filters on "Lab").</summary>
[SetUpFixture]
public sealed class SharedInstances
{
    [OneTimeTearDown]
    public Task TakeTheLabsDown() => LabPool.DownAsync();
}
