namespace Compliance.Core.Inventory.Expected;

/// <summary>The SSH servers and the algorithms and authentication they may offer.</summary>
[ExpectedSection("ssh_policy")]
public sealed record SshPolicyExpectation
{
    /// <summary>SSH servers under the policy, each with the host that probes it over the network (an allowed path).</summary>
    [IteratedBy("SshServersOfferOnlyPublicKeyAuthentication", "SshServersOfferOnlyStrongAlgorithms", "SshdConfigurationForbidsPasswordsAndRootLogin")]
    public required IReadOnlyList<SshServerEntry> Servers { get; init; }

    /// <summary>SSH port.</summary>
    public int Port { get; init; } = 22;

    /// <summary>Allowed key-exchange algorithms.</summary>
    public required IReadOnlyList<string> AllowedKex { get; init; }

    /// <summary>Allowed host key algorithms.</summary>
    public required IReadOnlyList<string> AllowedHostKeys { get; init; }

    /// <summary>Allowed ciphers.</summary>
    public required IReadOnlyList<string> AllowedCiphers { get; init; }

    /// <summary>Allowed MACs.</summary>
    public required IReadOnlyList<string> AllowedMacs { get; init; }

    /// <summary>Authentication methods allowed (publickey).</summary>
    public required IReadOnlyList<string> AllowedAuthentication { get; init; }
}
