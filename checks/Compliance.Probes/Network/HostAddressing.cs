namespace Compliance.Probes.Network;

/// <summary>A host's own global IPv4 addresses and how it routes to one address, with the probe's output.</summary>
public sealed record HostAddressing(IReadOnlyList<string> Addresses, string Destination, RouteKind Route, string Raw);
