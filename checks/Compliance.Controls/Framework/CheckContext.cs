using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Graph;

namespace Compliance.Controls.Framework;

/// <summary>
/// What a check runs against, shared by the checks of one run: the environment's inventory, its transports, the clock,
/// the Microsoft Graph connector, the run's probe cache and its exhaustive-sweep gate. A <see cref="CheckRun"/> builds
/// one per run; unit tests may build one around fakes.
/// </summary>
public sealed class CheckContext
{
    /// <summary>Creates the context of one run.</summary>
    public CheckContext(
        EnvironmentInventory inventory,
        ITransportFactory transports,
        TimeProvider clock,
        IGraphConnector? graph = null,
        ScanGate? scanGate = null,
        CancellationToken runCancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(transports);
        ArgumentNullException.ThrowIfNull(clock);
        Inventory = inventory;
        Transports = transports;
        Clock = clock;
        Graph = graph ?? new GraphConnector();
        ScanGate = scanGate ?? new ScanGate();
        Probes = new ProbeCache(runCancellation);
    }

    /// <summary>The environment under check.</summary>
    public EnvironmentInventory Inventory { get; }

    /// <summary>The transports of the environment's hosts.</summary>
    public ITransportFactory Transports { get; }

    /// <summary>The clock used for evidence timestamps and expiry comparisons.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Where the Graph checks get their reader.</summary>
    public IGraphConnector Graph { get; }

    /// <summary>The exhaustive sweeps running at once, at most.</summary>
    public ScanGate ScanGate { get; }

    /// <summary>Probe results shared by the checks of this run.</summary>
    public ProbeCache Probes { get; }
}
