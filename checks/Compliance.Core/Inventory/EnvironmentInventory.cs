namespace Compliance.Core.Inventory;

/// <summary>
/// One environment as its folder describes it (<c>inventory.yaml</c> plus <c>expected/*.yaml</c>):
/// segments, hosts with their transports, security-room terminals and the expected state checks compare against.
/// </summary>
public sealed record EnvironmentInventory(
    string Name,
    EnvironmentKind Kind,
    string Directory,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<HostEntry> Hosts,
    [property: IteratedBy(
        "TerminalsHaveRemovableStorageBlocked", "TerminalsHaveWirelessLanBlocked", "TerminalsAreManagedCompliantAndMatchMacInventory",
        "TerminalsRunTheAntivirusProduct", "TerminalsRunEssRec", "DataReceiptTerminalRunsEssRec",
        "HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt", "OnlyProjectAccountsUseTerminalsAndOnlyThere",
        "DhcpGivesEachRegisteredTerminalExactlyItsAddress", "SecurityRoomIsItsOwnSegmentApartFromOffice",
        "SecurityRoomReachesSecureZoneOnlyOnAllowedPorts", "SecureZoneSpeaksOnlySshOrTlsToTheRoom")]
    IReadOnlyList<Terminal> Terminals,
    IReadOnlyList<NotApplicableEntry> NotApplicable,
    ExpectedState Expected)
{
    /// <summary>
    /// The secret values the environment's inputs refer to (SSH key files, the secrets of <see cref="IDeclaresSecrets"/>
    /// sections), read when it was loaded; empty when built by hand. Hand them to the run's redactor; never print them.
    /// </summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>The lists of <c>inventory.yaml</c> itself (not of its expected sections) declared empty on purpose.</summary>
    public IReadOnlyList<EmptyOnPurpose> EmptyOnPurpose { get; init; } = [];

    /// <summary>The certificate and key that sign each run's manifest, or null when the environment names none (runs are then unsigned).</summary>
    public ReportSigning? ReportSigning { get; init; }

    /// <summary>The host of that logical name; throws <see cref="KeyNotFoundException"/> naming it when the inventory has none.</summary>
    public HostEntry Host(string name) =>
        Hosts.FirstOrDefault(h => h.Name == name)
        ?? throw new KeyNotFoundException($"host '{name}' is not in the inventory of environment '{Name}'");

    /// <summary>The segment of that name; throws <see cref="KeyNotFoundException"/> naming it when the inventory has none.</summary>
    public Segment Segment(string name) =>
        Segments.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"segment '{name}' is not in the inventory of environment '{Name}'");

    /// <summary>Hosts whose primary segment is <paramref name="segment"/>.</summary>
    public IEnumerable<HostEntry> HostsIn(string segment) => Hosts.Where(h => h.Segment == segment);
}
