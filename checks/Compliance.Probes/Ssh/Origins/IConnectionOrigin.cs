using System.Net;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>
/// Where the suite's SSH connections leave from. The SSH transport asks its origin for a route to each endpoint it
/// connects to and dials the route's entry; the origin decides what lies between (nothing, for a direct connection).
/// </summary>
public interface IConnectionOrigin
{
    /// <summary>How transport descriptions name this origin, e.g. <c>from namespace lab-infra-term</c>; empty when direct.</summary>
    string Describe { get; }

    /// <summary>
    /// A route to <paramref name="target"/>, kept by one SSH connection for its lifetime (reconnects dial it again).
    /// <paramref name="connectTimeout"/> bounds each onward TCP connect the route makes.
    /// Throws <see cref="Core.Transport.TransportException"/> when this origin cannot reach anything.
    /// </summary>
    Task<IConnectionRoute> OpenAsync(IPEndPoint target, TimeSpan connectTimeout, CancellationToken cancellationToken);
}
