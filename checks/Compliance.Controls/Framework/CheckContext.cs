using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// What a check runs against: the environment's inventory, its transports, a clock and optional services
/// (e.g. a Graph connector); a check falls back to its default when a service is not supplied.
/// </summary>
public sealed class CheckContext(EnvironmentInventory inventory, ITransportFactory transports, TimeProvider clock, IServiceProvider? services = null)
{
    /// <summary>The environment under check.</summary>
    public EnvironmentInventory Inventory { get; } = inventory;

    /// <summary>The transports of the environment's hosts.</summary>
    public ITransportFactory Transports { get; } = transports;

    /// <summary>The clock used for evidence timestamps and expiry comparisons.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>The service of type <typeparamref name="T"/> when one was supplied, else null.</summary>
    public T? Service<T>() where T : class => services?.GetService(typeof(T)) as T;
}
