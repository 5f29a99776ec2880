namespace Compliance.Probes.Ssh;

/// <summary>Tunables of the SSH transport.</summary>
public sealed record SshTransportOptions
{
    /// <summary>Deadline for TCP connect, key exchange and authentication together.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
