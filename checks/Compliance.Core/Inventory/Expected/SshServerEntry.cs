namespace Compliance.Core.Inventory.Expected;

/// <summary>An SSH server under the policy and the vantage that reaches it on an allowed path.</summary>
public sealed record SshServerEntry
{
    /// <summary>The SSH server host.</summary>
    public required string Host { get; init; }

    /// <summary>The host that probes it from outside.</summary>
    public required string Vantage { get; init; }
}
