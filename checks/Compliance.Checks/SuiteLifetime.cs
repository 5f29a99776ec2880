using Compliance.Checks.Framework;

namespace Compliance.Checks;

/// <summary>Closes the suite's transports once every check of the run has finished.</summary>
[SetUpFixture]
public sealed class SuiteLifetime
{
    /// <summary>Disposes the shared context if a check created it.</summary>
    [OneTimeTearDown]
    public async Task CloseTransports()
    {
        if (SuiteContext.IsCreated)
        {
            await SuiteContext.Current.DisposeAsync();
        }
    }
}
