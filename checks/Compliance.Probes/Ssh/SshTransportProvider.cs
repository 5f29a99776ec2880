using System.Collections.Concurrent;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Ssh;

/// <summary>
/// Opens <c>ssh</c> transports. One connection per endpoint (a host, or the gateway of hosts with <c>via</c>) is made
/// on first use and reused by every transport and command of the run; dispose the provider at the end of the run.
/// Connections leave from <paramref name="origin"/>: by default a <see cref="DirectOrigin"/> (straight from this machine).
/// </summary>
public sealed class SshTransportProvider(SshTransportOptions? options = null, IConnectionOrigin? origin = null) : ITransportProvider, IAsyncDisposable
{
    /// <summary>The inventory's transport kind served here.</summary>
    public const string TransportKind = "ssh";

    private readonly SshTransportOptions settings = options ?? new SshTransportOptions();
    private readonly IConnectionOrigin leavingFrom = origin ?? new DirectOrigin();
    private readonly ConcurrentDictionary<SshEndpoint, Lazy<SshConnection>> connections = new();

    /// <inheritdoc />
    public string Kind => TransportKind;

    /// <summary>Where this provider's connections leave from.</summary>
    public IConnectionOrigin Origin => leavingFrom;

    /// <inheritdoc />
    public async Task<ITransport> OpenAsync(HostEntry host, EnvironmentInventory inventory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(inventory);
        var via = host.Transport.Via;
        var endpoint = via is null ? SshEndpoint.Of(host, inventory) : GatewayEndpoint(host, via, inventory);
        var connection = connections.GetOrAdd(endpoint, e => new Lazy<SshConnection>(() => new SshConnection(e, leavingFrom, settings))).Value;
        await connection.EnsureConnectedAsync(cancellationToken).ConfigureAwait(false);
        return new SshTransport(host.Name, connection, via is null ? null : host.Name, host.Transport.Sudo);
    }

    /// <summary>How many SSH connections were made to the endpoint host <paramref name="endpointHost"/> during this run.</summary>
    public int ConnectCount(string endpointHost) =>
        connections.Where(c => c.Key.HostName == endpointHost && c.Value.IsValueCreated).Sum(c => c.Value.Value.ConnectCount);

    private static SshEndpoint GatewayEndpoint(HostEntry host, string via, EnvironmentInventory inventory)
    {
        var gatewayHost = inventory.Hosts.FirstOrDefault(h => h.Name == via)
            ?? throw new TransportException($"host {host.Name}: via '{via}' is not a host of the inventory");
        if (gatewayHost.Transport.Via is not null)
        {
            throw new TransportException($"host {host.Name}: gateway {via} is itself reached via {gatewayHost.Transport.Via}; one hop only");
        }

        var gateway = SshEndpoint.Of(gatewayHost, inventory);
        if (host.Transport.User is { } user && user != gateway.User)
        {
            throw new TransportException(
                $"host {host.Name}: user '{user}' differs from the gateway session's user '{gateway.User}', which the recorded hop runs as");
        }

        return gateway;
    }

    /// <summary>Closes every connection of the run.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections.Values.Where(c => c.IsValueCreated))
        {
            await connection.Value.DisposeAsync().ConfigureAwait(false);
        }

        connections.Clear();
    }
}
