using System.Net;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>A route with nothing in between: its entry is the target itself.</summary>
internal sealed class DirectRoute(IPEndPoint target) : IConnectionRoute
{
    /// <inheritdoc/>
    public IPEndPoint Entry => target;

    /// <inheritdoc/>
    public string? LastFailure => null;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
