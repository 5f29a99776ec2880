namespace Compliance.Probes.Network;

/// <summary>An 802.1X EAP-TLS exchange: accept, reject or timeout, and the attributes of the Access-Accept (empty otherwise).</summary>
public sealed record EapTlsResult(EapTlsClass Class, IReadOnlyList<RadiusAvp> Reply, string Raw)
{
    /// <summary>True on Access-Accept.</summary>
    public bool Accepted => Class == EapTlsClass.Accept;

    /// <summary>True when the server gave no verdict (a timeout or an error).</summary>
    public bool NoVerdict => Class is EapTlsClass.Timeout or EapTlsClass.Error;

    /// <summary>The VLAN assignment the Access-Accept carries.</summary>
    public VlanAssignment Vlan => VlanAssignment.Of(Reply);
}
