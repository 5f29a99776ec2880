using Compliance.Controls.Framework;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Probes.Transport;

namespace Compliance.Checks.Framework;

/// <summary>
/// What every check of one suite run shares: the environment (loaded once), its transports, the clock, a
/// cancellation token and the record writer. When the environment cannot be loaded, <see cref="LoadError"/>
/// says why and every check reports Not verified with it.
/// </summary>
public sealed class SuiteContext : IAsyncDisposable
{
    private static readonly Lazy<SuiteContext> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly CancellationTokenSource cancellation = new();
    private readonly TransportFactory? transports;
    private readonly CheckContext? checkContext;

    /// <summary>Creates a context for a loaded environment, or (with <paramref name="loadError"/>) for one that failed to load.</summary>
    public SuiteContext(EnvironmentInventory? inventory, string? loadError, CheckRecords records, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(clock);
        Records = records;
        Clock = clock;
        Inventory = inventory;
        LoadError = inventory is null ? loadError ?? "the environment was not loaded" : null;
        if (inventory is not null)
        {
            transports = new TransportFactory(inventory, SuiteTransports.Providers());
            checkContext = new CheckContext(inventory, transports, clock);
        }
    }

    /// <summary>The context of this test run (the environment of <see cref="EnvironmentLocator"/>).</summary>
    public static SuiteContext Current => Shared.Value;

    /// <summary>True once <see cref="Current"/> was built.</summary>
    public static bool IsCreated => Shared.IsValueCreated;

    /// <summary>The environment, or null when it failed to load.</summary>
    public EnvironmentInventory? Inventory { get; }

    /// <summary>Why the environment could not be loaded, or null.</summary>
    public string? LoadError { get; }

    /// <summary>The context checks run against; throws when the environment failed to load.</summary>
    public CheckContext CheckContext => checkContext ?? throw new InvalidOperationException(LoadError);

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Cancelled when the run is aborted.</summary>
    public CancellationToken Cancellation => cancellation.Token;

    /// <summary>Where results are recorded for the runner.</summary>
    public CheckRecords Records { get; }

    /// <summary>The inventory's reason when the check (by check ID) or its requirement is declared not applicable; else null.</summary>
    public string? NotApplicableReason(Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var entry = Inventory?.NotApplicable.FirstOrDefault(e => e.Target == check.CheckId)
            ?? Inventory?.NotApplicable.FirstOrDefault(e => e.Target == check.ControlId);
        return entry is null ? null : $"Not applicable to {Inventory!.Name}: {entry.Reason}";
    }

    /// <summary>Aborts running checks.</summary>
    public Task CancelAsync() => cancellation.CancelAsync();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (transports is not null)
        {
            await transports.DisposeAsync().ConfigureAwait(false);
        }

        cancellation.Dispose();
    }

    private static SuiteContext Create()
    {
        var records = new CheckRecords(Environment.GetEnvironmentVariable("COMPLIANCE_RECORDS"));
        try
        {
            return new SuiteContext(InventoryLoader.Load(EnvironmentLocator.Locate()), null, records, TimeProvider.System);
        }
        catch (InputException e)
        {
            return new SuiteContext(null, $"The environment could not be loaded: {e.Message}", records, TimeProvider.System);
        }
#pragma warning disable CA1031 // any failure to load the environment must become Not verified for every check, never a crash
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SuiteContext(null, $"The environment could not be loaded: {e.GetType().Name}: {e.Message}", records, TimeProvider.System);
        }
    }
}
