using Compliance.Core.Inventory;

namespace Compliance.Core.Transport;

/// <summary>Opens transports of one kind (<c>netns</c>, <c>ssh</c>) for inventory hosts.</summary>
public interface ITransportProvider
{
    /// <summary>The transport kind of the inventory this provider serves.</summary>
    string Kind { get; }

    /// <summary>Opens the transport of <paramref name="host"/>; throws <see cref="TransportException"/> when it cannot.</summary>
    Task<ITransport> OpenAsync(HostEntry host, EnvironmentInventory inventory, CancellationToken cancellationToken = default);
}
