using Compliance.Controls.Framework;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Probes.Transport;

namespace Compliance.Checks.Adapter;

/// <summary>
/// The one <see cref="CheckRun"/> the test cases of a <c>dotnet test</c> session share (the environment is loaded once;
/// probes and connections are shared as in a runner run). When the environment cannot be loaded, every test errors
/// with the reason.
/// </summary>
public static class AdapterRun
{
    private static readonly Lazy<(CheckRun? Run, string? Error)> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs the check named <paramref name="checkId"/> in the shared run.</summary>
    public static async Task<Core.Results.CheckResult> RunAsync(string checkId)
    {
        var check = CheckRegistry.Find(checkId) ?? throw new NotVerifiedException($"no check named {checkId} in the registry");
        var (run, error) = Shared.Value;
        return run is null
            ? throw new NotVerifiedException($"Not verified: {error}")
            : await run.RunOneAsync(check, TestContext.CurrentContext.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the shared run's connections, if it was created.</summary>
    public static async Task CloseAsync()
    {
        if (Shared.IsValueCreated && Shared.Value.Run is { } run)
        {
            await run.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static (CheckRun?, string?) Create()
    {
        try
        {
            var inventory = InventoryLoader.Load(AdapterEnvironment.Locate());
            var transports = new TransportFactory(inventory, StandardTransports.Create());
            return (new CheckRun(inventory, transports), null);
        }
        catch (InputException e)
        {
            return (null, $"the environment could not be loaded: {e.Message}");
        }
    }
}
