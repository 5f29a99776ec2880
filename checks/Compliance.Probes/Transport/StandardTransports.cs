using Compliance.Core.Transport;
using Compliance.Probes.Ssh;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Transport;

/// <summary>
/// The transport providers of a run, one per inventory transport kind: <c>netns</c> and <c>ssh</c>. Hand them to a
/// <see cref="TransportFactory"/>, which owns and disposes them.
/// </summary>
public static class StandardTransports
{
    /// <summary>
    /// New providers for one run. SSH connections leave from <paramref name="sshOrigin"/>, by default straight from this
    /// machine (<see cref="DirectOrigin"/>); a lab passes a <see cref="NamespaceOrigin"/> to check itself the way
    /// production is reached.
    /// </summary>
    public static IReadOnlyList<ITransportProvider> Create(IConnectionOrigin? sshOrigin = null, SshTransportOptions? sshOptions = null) =>
        [new NetnsTransportProvider(), new SshTransportProvider(sshOptions, sshOrigin)];
}
