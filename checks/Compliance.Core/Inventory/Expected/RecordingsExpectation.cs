namespace Compliance.Core.Inventory.Expected;

/// <summary>The gateway's session recordings (AUD-01) and the session the suite opens to prove them.</summary>
[ExpectedSection("recordings")]
public sealed record RecordingsExpectation : IDeclaresSecrets
{
    /// <summary>The gateway host.</summary>
    public required string Gateway { get; init; }

    /// <summary>The directory holding the ttyrec recordings.</summary>
    public required string Directory { get; init; }

    /// <summary>Users whose sessions are recorded; none of them may alter or delete a recording.</summary>
    [IteratedBy("RecordedUsersCannotAlterOrDeleteRecordings", "GatewayOffersNoUnrecordedWayThrough")]
    public required IReadOnlyList<string> RecordedUsers { get; init; }

    /// <summary>The host the proving session starts from (a terminal with an OpenSSH client).</summary>
    public required string SessionFrom { get; init; }

    /// <summary>The account of the proving session (its login on the gateway).</summary>
    public required string SessionUser { get; init; }

    /// <summary>The local account on <see cref="SessionFrom"/> that runs the client; the client host's administrator when unset.</summary>
    public string? SessionLocalUser { get; init; }

    /// <summary>The private key file of that account (a path, never key material; relative to the environment folder when not absolute), handed to the client over the transport.</summary>
    public required string SessionKeyFile { get; init; }

    /// <summary>The gateway's public host key file (OpenSSH .pub) the client pins (relative to the environment folder when not absolute).</summary>
    public required string GatewayHostKey { get; init; }

    /// <summary>The host behind the gateway the session goes to.</summary>
    public required string SessionTarget { get; init; }

    /// <summary>Sudo commands recorded users may run on the gateway: the recorder's fixed rule, exactly as written.</summary>
    public IReadOnlyList<string> RecorderCommands { get; init; } = [];

    /// <summary>The gateway's forced command (the recorded hop).</summary>
    public string ForceCommand { get; init; } = "/usr/local/sbin/gateway-hop";

    /// <summary>The proving session's private key file.</summary>
    public IEnumerable<SecretReference> SecretReferences() => [SecretReference.InFile(SessionKeyFile)];
}
