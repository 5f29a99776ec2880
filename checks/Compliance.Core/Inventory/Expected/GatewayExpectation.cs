namespace Compliance.Core.Inventory.Expected;

/// <summary>The SSH gateway: the only path to the Secure Zone's SSH, by a recorded command hop and never by forwarding.</summary>
[ExpectedSection("gateway")]
public sealed record GatewayExpectation : IDeclaresSecrets
{
    /// <summary>The gateway host.</summary>
    public required string Host { get; init; }

    /// <summary>SSH port of the gateway and of the Secure Zone servers.</summary>
    public int SshPort { get; init; } = 22;

    /// <summary>Secure Zone SSH servers reached through the gateway.</summary>
    [IteratedBy("DirectSshFromTerminalsToSecureZoneIsRefused", "GatewayRefusesTcpForwarding", "SecureZoneSshWorksThroughTheGatewayHop")]
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Room terminals that must not reach the targets' SSH directly.</summary>
    [IteratedBy("DirectSshFromTerminalsToSecureZoneIsRefused")]
    public required IReadOnlyList<string> Terminals { get; init; }

    /// <summary>The host from which forwarding through the gateway is attempted.</summary>
    public required string ForwardingVantage { get; init; }

    /// <summary>The user and key (on the forwarding vantage) used for the forwarding attempt.</summary>
    public required string ForwardingUser { get; init; }

    /// <summary>The user's private key file (relative to the environment folder); it is handed to the vantage's ssh-agent for one probe, never written to a file there.</summary>
    public required string ForwardingKey { get; init; }

    /// <summary>The forwarding attempt's private key file.</summary>
    public IEnumerable<SecretReference> SecretReferences() => [SecretReference.InFile(ForwardingKey)];
}
