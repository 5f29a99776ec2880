namespace Compliance.Probes.Network;

/// <summary>The outcome of one DHCP exchange: the MAC used and the address offered (null when none came).</summary>
public sealed record DhcpLease(string Mac, string? Address, string? Server, string Raw)
{
    /// <summary>True when a lease was obtained.</summary>
    public bool Leased => Address is not null;
}
