namespace Compliance.Core.Inventory.Expected;

/// <summary>Who administers the DMZ: its servers, their administration ports, and the only terminal allowed.</summary>
[ExpectedSection("dmz_admin")]
public sealed record DmzAdminExpectation
{
    /// <summary>The DMZ segment.</summary>
    public required string Segment { get; init; }

    /// <summary>TCP administration ports of DMZ servers.</summary>
    public required string AdminPorts { get; init; }

    /// <summary>Hosts allowed to administer (the infra terminal).</summary>
    [IteratedBy("OnlyTheInfraTerminalReachesDmzAdministration")]
    public required IReadOnlyList<string> Administrators { get; init; }

    /// <summary>Hosts that must not reach the administration ports (developer terminals among them).</summary>
    [IteratedBy("OnlyTheInfraTerminalReachesDmzAdministration")]
    public required IReadOnlyList<string> Others { get; init; }
}
