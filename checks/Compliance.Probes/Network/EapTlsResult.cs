namespace Compliance.Probes.Network;

/// <summary>An 802.1X EAP-TLS exchange: accept, reject or timeout, and the VLAN (Tunnel-Private-Group-Id) assigned.</summary>
public sealed record EapTlsResult(string Class, string? Vlan, string Raw)
{
    /// <summary>True on Access-Accept.</summary>
    public bool Accepted => Class == "accept";
}
