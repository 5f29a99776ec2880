using System.Collections.Concurrent;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Probes.Transport;

/// <summary>
/// Hands out one transport per inventory host, opened by the provider of the host's transport kind and reused
/// (thread-safe). A failed open is not cached, so a later call retries. Disposing closes every transport opened,
/// then every provider that holds resources (the factory owns its providers).
/// </summary>
public sealed class TransportFactory : ITransportFactory, IAsyncDisposable
{
    private readonly EnvironmentInventory inventory;
    private readonly Dictionary<string, ITransportProvider> providers;
    private readonly ConcurrentDictionary<string, Lazy<Task<ITransport>>> open = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>Creates the factory for an environment with the providers of every transport kind it may use.</summary>
    public TransportFactory(EnvironmentInventory inventory, IEnumerable<ITransportProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(providers);
        this.inventory = inventory;
        this.providers = providers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var host = inventory.Hosts.FirstOrDefault(h => h.Name == hostName)
            ?? throw new TransportException($"host '{hostName}' is not in the inventory of environment '{inventory.Name}'");
        if (!providers.TryGetValue(host.Transport.Kind, out var provider))
        {
            throw new TransportException($"no transport provider for kind '{host.Transport.Kind}' (host {hostName})");
        }

        var lazy = open.GetOrAdd(hostName, _ => new Lazy<Task<ITransport>>(() => provider.OpenAsync(host, inventory, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            open.TryRemove(new KeyValuePair<string, Lazy<Task<ITransport>>>(hostName, lazy));
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var lazy in open.Values.Where(l => l.IsValueCreated))
        {
            if (lazy.Value.IsCompletedSuccessfully)
            {
                await lazy.Value.Result.DisposeAsync().ConfigureAwait(false);
            }
        }

        open.Clear();
        foreach (var provider in providers.Values)
        {
            if (provider is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (provider is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }
}
