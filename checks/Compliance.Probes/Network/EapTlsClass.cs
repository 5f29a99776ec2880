namespace Compliance.Probes.Network;

/// <summary>The verdict of one 802.1X EAP-TLS exchange, decided once from eapol_test's output.</summary>
public enum EapTlsClass
{
    /// <summary>Access-Accept and eapol_test reported SUCCESS.</summary>
    Accept,

    /// <summary>Access-Reject, or an EAP failure after the server answered.</summary>
    Reject,

    /// <summary>The server did not answer in time.</summary>
    Timeout,

    /// <summary>Anything else: no verdict.</summary>
    Error,
}
