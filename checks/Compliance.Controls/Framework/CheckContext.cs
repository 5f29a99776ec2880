using Compliance.Core.Inventory;
using Compliance.Core.Redaction;
using Compliance.Core.Transport;
using Compliance.Graph;

namespace Compliance.Controls.Framework;

/// <summary>
/// What a check runs against, shared by the checks of one run: the environment's inventory, its transports, the clock,
/// the Microsoft Graph connector, the run's probe cache, its exhaustive-sweep gate and its redactor (by default one that
/// knows the inventory's <see cref="EnvironmentInventory.Secrets"/>). A <see cref="CheckRun"/> builds
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
        Redactor? redactor = null,
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
        Redactor = redactor ?? new Redactor(inventory.Secrets);
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

    /// <summary>Removes secrets from every text a check reports; register each secret value a check reads with <see cref="Redactor.Add"/>.</summary>
    public Redactor Redactor { get; }

    /// <summary>Probe results shared by the checks of this run.</summary>
    public ProbeCache Probes { get; }
}
