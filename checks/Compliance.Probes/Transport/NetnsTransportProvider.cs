using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Probes.Transport;

/// <summary>Opens <see cref="NetnsTransport"/>s for inventory hosts with <c>transport: {kind: netns, namespace: ...}</c>
/// (and the host's <c>mount_namespace</c> and <c>uts_namespace</c> files when the inventory names them).</summary>
public sealed class NetnsTransportProvider : ITransportProvider
{
    /// <inheritdoc/>
    public string Kind => "netns";

    /// <inheritdoc/>
    public Task<ITransport> OpenAsync(HostEntry host, EnvironmentInventory inventory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var ns = host.Transport.Namespace
            ?? throw new TransportException($"host {host.Name} has a netns transport without a namespace");
        return Task.FromResult<ITransport>(new NetnsTransport(host.Name, ns, host.Transport.MountNamespace, host.Transport.UtsNamespace));
    }
}
