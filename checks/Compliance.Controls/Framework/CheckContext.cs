using Compliance.Core.Inventory;
using Compliance.Core.Redaction;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// What a check runs against: the environment's inventory, its transports, a clock, optional services
/// (e.g. a Graph connector; a check falls back to its default when a service is not supplied) and the run's redactor
/// (when none is given, one that knows the inventory's <see cref="EnvironmentInventory.Secrets"/>).
/// </summary>
public sealed class CheckContext(EnvironmentInventory inventory, ITransportFactory transports, TimeProvider clock, IServiceProvider? services = null, Redactor? redactor = null)
{
    /// <summary>The environment under check.</summary>
    public EnvironmentInventory Inventory { get; } = inventory;

    /// <summary>The transports of the environment's hosts.</summary>
    public ITransportFactory Transports { get; } = transports;

    /// <summary>The clock used for evidence timestamps and expiry comparisons.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Removes secrets from every text a check reports; register each secret value a check reads with <see cref="Redactor.Add"/>.</summary>
    public Redactor Redactor { get; } = redactor ?? new Redactor(inventory?.Secrets);

    /// <summary>The service of type <typeparamref name="T"/> when one was supplied, else null.</summary>
    public T? Service<T>() where T : class => services?.GetService(typeof(T)) as T;
}
