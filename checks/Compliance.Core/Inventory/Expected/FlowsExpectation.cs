namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// The allowed network flows (the firewall's ACL as policy) and the hosts from which reachability is probed.
/// Everything not allowed here must be unreachable.
/// </summary>
[ExpectedSection("flows")]
public sealed record FlowsExpectation
{
    /// <summary>Hosts the reachability matrix probes from (one per segment at least).</summary>
    [IteratedBy("EveryReachableServiceIsAnAllowedFlow", "NothingOutsideTheRoomReachesTheSecureZone")]
    public required IReadOnlyList<string> Vantages { get; init; }

    /// <summary>The allowed flows.</summary>
    public required IReadOnlyList<FlowRule> Allowed { get; init; }

    /// <summary>
    /// A TCP port nothing listens on, probed on every target too: a reset from the target's own kernel (refused) shows the
    /// host is reachable at all. Leave unset where the firewall rejects with resets (a reset would then be ambiguous).
    /// </summary>
    public int? CanaryPort { get; init; }
}
