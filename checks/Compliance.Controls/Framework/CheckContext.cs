using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>What a check runs against: the environment's inventory, its transports and a clock.</summary>
public sealed class CheckContext(EnvironmentInventory inventory, ITransportFactory transports, TimeProvider clock)
{
    /// <summary>The environment under check.</summary>
    public EnvironmentInventory Inventory { get; } = inventory;

    /// <summary>The transports of the environment's hosts.</summary>
    public ITransportFactory Transports { get; } = transports;

    /// <summary>The clock used for evidence timestamps and expiry comparisons.</summary>
    public TimeProvider Clock { get; } = clock;
}
