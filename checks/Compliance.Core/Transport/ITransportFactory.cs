namespace Compliance.Core.Transport;

/// <summary>Hands out the (pooled, reused) transport of an inventory host.</summary>
public interface ITransportFactory
{
    /// <summary>The transport of a host by its logical name; throws <see cref="TransportException"/> when it cannot be opened.</summary>
    Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default);
}
