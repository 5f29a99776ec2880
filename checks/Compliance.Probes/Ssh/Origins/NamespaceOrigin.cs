using System.Net;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>
/// Connections leave from inside the network namespace <c>/run/netns/NAME</c> (a lab host), as if the suite ran there:
/// the SSH client dials a loopback <see cref="NamespaceRelay"/> whose onward sockets are created in that namespace.
/// For a lab, or a test bed, whose hosts the root namespace has no route to.
/// </summary>
public sealed partial class NamespaceOrigin : IConnectionOrigin
{
    private const string NamespaceDirectory = "/run/netns";

    /// <summary>An origin inside namespace <paramref name="namespaceName"/> (letters, digits, '_', '-').</summary>
    public NamespaceOrigin(string namespaceName)
    {
        ArgumentNullException.ThrowIfNull(namespaceName);
        if (!SafeName().IsMatch(namespaceName))
        {
            throw new ArgumentException($"'{namespaceName}' is not a network namespace name (letters, digits, '_', '-')", nameof(namespaceName));
        }

        NamespaceName = namespaceName;
    }

    /// <summary>The namespace connections leave from.</summary>
    public string NamespaceName { get; }

    /// <inheritdoc/>
    public string Describe => $"from namespace {NamespaceName}";

    /// <inheritdoc/>
    public Task<IConnectionRoute> OpenAsync(IPEndPoint target, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = Path.Combine(NamespaceDirectory, NamespaceName);
        if (!File.Exists(path))
        {
            throw new TransportException($"network namespace {NamespaceName} does not exist ({path})");
        }

        var relay = new NamespaceRelay(NamespaceName, target, connectTimeout);
        relay.Start();
        return Task.FromResult<IConnectionRoute>(relay);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex SafeName();
}
