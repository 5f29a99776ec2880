namespace Compliance.Probes.Network;

/// <summary>An 802.1X EAP-TLS exchange: accept, reject or timeout, and the VLAN (Tunnel-Private-Group-Id) assigned.</summary>
public sealed record EapTlsResult(EapTlsClass Class, string? Vlan, string Raw)
{
    /// <summary>True on Access-Accept.</summary>
    public bool Accepted => Class == EapTlsClass.Accept;

    /// <summary>True when the server gave no verdict (a timeout or an error).</summary>
    public bool NoVerdict => Class is EapTlsClass.Timeout or EapTlsClass.Error;
}
