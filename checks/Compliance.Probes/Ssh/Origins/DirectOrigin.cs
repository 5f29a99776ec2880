using System.Net;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>The production origin: the SSH client connects straight to the target from this machine's own network.</summary>
public sealed class DirectOrigin : IConnectionOrigin
{
    /// <inheritdoc/>
    public string Describe => "";

    /// <inheritdoc/>
    public Task<IConnectionRoute> OpenAsync(IPEndPoint target, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Task.FromResult<IConnectionRoute>(new DirectRoute(target));
    }
}
