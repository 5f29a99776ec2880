namespace Compliance.Core.Inventory.Expected;

/// <summary>802.1X: the RADIUS server, the shared secret's file, the room VLAN and the identities to try.</summary>
[ExpectedSection("radius")]
public sealed record RadiusExpectation : IDeclaresSecrets
{
    /// <summary>The RADIUS server's address.</summary>
    public required string Server { get; init; }

    /// <summary>Path of the file holding the shared secret (relative to the environment folder); the secret never reaches evidence.</summary>
    public required string SecretFile { get; init; }

    /// <summary>The host that runs eapol_test (the authenticator's path); reached directly, never through the gateway's recorded hop.</summary>
    public required string Vantage { get; init; }

    /// <summary>
    /// The vantage's unprivileged account that runs eapol_test. eapol_test takes the secret only on its command line, so
    /// the vantage must hide processes from other accounts (<c>/proc</c> mounted with <c>hidepid</c>) and the secret should
    /// be a RADIUS client secret of the vantage's own address that opens nothing else.
    /// </summary>
    public required string ProbeAccount { get; init; }

    /// <summary>The security-room VLAN id the server must assign.</summary>
    public required string RoomVlan { get; init; }

    /// <summary>
    /// The security-room VLAN's name on the switches, when it has one: a reply naming the VLAN instead of giving its
    /// number puts the port in the room VLAN as well. Without it a VLAN given by name cannot be placed and is not
    /// counted as another VLAN.
    /// </summary>
    public string? RoomVlanName { get; init; }

    /// <summary>Identities with their eapol_test configuration and expected result.</summary>
    [IteratedBy("EapTlsPlacesProjectAccountsInTheRoomVlan", "EapTlsKeepsOtherIdentitiesOutOfTheRoomVlan")]
    public required IReadOnlyList<RadiusIdentity> Identities { get; init; }

    /// <summary>The shared secret's file.</summary>
    public IEnumerable<SecretReference> SecretReferences() => [SecretReference.InFile(SecretFile)];
}
