using Compliance.Checks.Adapter;

namespace Compliance.Checks;

/// <summary>Closes the shared run's connections once every check of the session has finished.</summary>
[SetUpFixture]
public sealed class SuiteLifetime
{
    /// <summary>Disposes the shared run if a check created it.</summary>
    [OneTimeTearDown]
    public Task CloseTransports() => AdapterRun.CloseAsync();
}
