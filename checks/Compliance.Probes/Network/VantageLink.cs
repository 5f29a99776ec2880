namespace Compliance.Probes.Network;

/// <summary>A vantage's link to its default router: the state, the router (when there is one) and the probe's line.</summary>
public sealed record VantageLink(VantageLinkState State, string? Router, string Raw)
{
    /// <summary>True when the vantage can send: its router answers on the link.</summary>
    public bool Alive => State == VantageLinkState.Alive;
}
