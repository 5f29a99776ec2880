namespace Compliance.Probes.Network;

/// <summary>Whether a vantage can send anything: a default route whose router answers on the link.</summary>
public enum VantageLinkState
{
    /// <summary>The default router answers ARP.</summary>
    Alive,

    /// <summary>The vantage has no IPv4 default route.</summary>
    NoDefaultRoute,

    /// <summary>The default router never answered ARP.</summary>
    RouterSilent,

    /// <summary>The probe printed nothing it could classify.</summary>
    Unknown,
}
