using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Integration;

/// <summary>Brings the test instance up once for every integration fixture in this namespace, and down afterwards.</summary>
[SetUpFixture]
public sealed class LabUp
{
    public static LabDriver Driver { get; } = new(LabFolder.Context());

    [OneTimeSetUp]
    public async Task BringUp()
    {
        LabDriver.RequireRoot();
        await Driver.DownAsync();
        await Driver.UpAsync();
    }

    [OneTimeTearDown]
    public async Task TakeDown()
    {
        if (Commands.RootCheck.IsRoot())
        {
            await Driver.DownAsync();
        }
    }
}
