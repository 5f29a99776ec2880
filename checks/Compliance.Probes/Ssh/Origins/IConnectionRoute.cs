using System.Net;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>An open way from an <see cref="IConnectionOrigin"/> to one target; disposing closes it.</summary>
public interface IConnectionRoute : IAsyncDisposable
{
    /// <summary>The endpoint the SSH client dials to reach the target.</summary>
    IPEndPoint Entry { get; }

    /// <summary>Why the route's last onward connection failed (added to the SSH connect failure), or null.</summary>
    string? LastFailure { get; }
}
