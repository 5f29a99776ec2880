namespace Compliance.Probes.Network;

/// <summary>How a host reaches an address: on its own link, or through a router.</summary>
public enum RouteKind
{
    /// <summary>The address is on one of the host's links (or the host showed no route through a router).</summary>
    OnLink,

    /// <summary>The host sends to the address through a router.</summary>
    ViaRouter,
}
