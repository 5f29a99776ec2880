namespace Compliance.Core.Inventory.Expected;

/// <summary>What "no internet" means and how it is probed: the internet sink, outside and internal resolvers, vantages.</summary>
[ExpectedSection("egress")]
public sealed record EgressExpectation
{
    /// <summary>Address of a sink on the internet side that accepts every TCP port and answers every UDP port.</summary>
    public required string Sink { get; init; }

    /// <summary>
    /// Outside addresses whose every TCP and UDP port is swept from each vantage: the sink, the allowlisted sites' own
    /// addresses (the likeliest hole: a direct path to the package mirror) and the outside resolvers.
    /// </summary>
    [IteratedBy("SecureZoneReachesNoInternetTcpPort", "SecureZoneReachesNoInternetUdpPort", "InfraAndDeveloperTerminalsReachNoInternetTcpPort", "InfraAndDeveloperTerminalsReachNoInternetUdpPort", "DataTerminalReachesInternetOnlyThroughProxy")]
    public required IReadOnlyList<string> OutsideAddresses { get; init; }

    /// <summary>
    /// Outside addresses drawn on every run beyond the listed ones, each probed on the most common ports. Optional: without
    /// it only the listed addresses are swept, and the checks say so in their evidence and messages.
    /// </summary>
    public OutsideSample? OutsideSample { get; init; }

    /// <summary>A host on the internet side, from which the outside resolver is shown to answer.</summary>
    public required string SinkHost { get; init; }

    /// <summary>Positive controls of the sink: from these hosts (on allowed paths), these ports answer.</summary>
    public required IReadOnlyList<SinkControl> SinkControls { get; init; }

    /// <summary>An outside (public) resolver's address.</summary>
    public required string OutsideResolver { get; init; }

    /// <summary>A name the outside resolver answers and the internal resolver must not.</summary>
    public required string ExternalName { get; init; }

    /// <summary>The internal resolver's address.</summary>
    public required string InternalResolver { get; init; }

    /// <summary>An internal name the internal resolver answers (positive control).</summary>
    public required string InternalName { get; init; }

    /// <summary>Secure Zone hosts that must have no internet path at all.</summary>
    [IteratedBy("SecureZoneReachesNoInternetTcpPort", "SecureZoneReachesNoInternetUdpPort", "SecureZoneCannotUseOutsideResolvers", "InternalResolverRefusesExternalNames", "NothingOutsideTheRoomReachesTheSecureZone", "SecurityRoomReachesSecureZoneOnlyOnAllowedPorts", "SecureZoneSpeaksOnlySshOrTlsToTheRoom")]
    public required IReadOnlyList<string> SecureVantages { get; init; }

    /// <summary>Terminals that must reach no internet at all (infra, developer).</summary>
    [IteratedBy("InfraAndDeveloperTerminalsReachNoInternetTcpPort", "InfraAndDeveloperTerminalsReachNoInternetUdpPort", "InfraAndDeveloperTerminalsCannotUseOutsideResolvers", "InfraAndDeveloperTerminalsCannotUseTheProxy")]
    public required IReadOnlyList<string> IsolatedTerminals { get; init; }

    /// <summary>Terminals that reach the internet only through the proxy (data receipt).</summary>
    [IteratedBy("DataTerminalReachesInternetOnlyThroughProxy")]
    public required IReadOnlyList<string> ProxyOnlyTerminals { get; init; }

    /// <summary>TCP ports scanned (default all).</summary>
    public string TcpPorts { get; init; } = "1-65535";

    /// <summary>UDP ports probed (default all).</summary>
    public string UdpPorts { get; init; } = "1-65535";

    /// <summary>How long an unanswered connection attempt waits before it counts as dropped.</summary>
    public double DropTimeoutSeconds { get; init; } = 1.0;
}
