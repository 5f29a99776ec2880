namespace Compliance.Core.Inventory.Expected;

/// <summary>Security-room addressing: the room segment, the segments it must be apart from, and the DHCP probe.</summary>
[ExpectedSection("dhcp")]
public sealed record DhcpExpectation
{
    /// <summary>The security-room segment.</summary>
    public required string RoomSegment { get; init; }

    /// <summary>Segments that must not overlap the room (office).</summary>
    [IteratedBy("SecurityRoomIsItsOwnSegmentApartFromOffice")]
    public required IReadOnlyList<string> SeparateSegments { get; init; }

    /// <summary>Room hosts that run the DHCP exchanges (a throwaway interface with the chosen MAC on their link).</summary>
    [IteratedBy("DhcpGivesUnregisteredMacNoRoomAddress")]
    public required IReadOnlyList<string> ProbeVantages { get; init; }

    /// <summary>How long a DHCP exchange may take.</summary>
    public int TimeoutSeconds { get; init; } = 6;
}
