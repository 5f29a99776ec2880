namespace Compliance.Probes.Network;

/// <summary>What a port spoke: <see cref="Kind"/> is ssh, tls, http, plaintext, silent or closed; <see cref="Detail"/> the banner or version.</summary>
public sealed record DetectedProtocol(int Port, string Kind, string Detail)
{
    /// <summary>True for SSH and TLS.</summary>
    public bool Encrypted => Kind is "ssh" or "tls";
}
