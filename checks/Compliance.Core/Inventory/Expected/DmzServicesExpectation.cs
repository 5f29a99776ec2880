namespace Compliance.Core.Inventory.Expected;

/// <summary>The DMZ services the Secure Zone needs: DNS of internal names, NTP, SMTP relay.</summary>
[ExpectedSection("dmz_services")]
public sealed record DmzServicesExpectation
{
    /// <summary>Secure Zone hosts that use the services.</summary>
    [IteratedBy("SecureZoneGetsNtpTime", "SecureZoneRelaysMailThroughTheDmz", "SecureZoneResolvesInternalNames")]
    public required IReadOnlyList<string> Clients { get; init; }

    /// <summary>The DNS server address.</summary>
    public required string Dns { get; init; }

    /// <summary>Internal names and the address each must resolve to.</summary>
    [IteratedBy("SecureZoneResolvesInternalNames")]
    public required IReadOnlyList<DnsName> InternalNames { get; init; }

    /// <summary>The NTP server address.</summary>
    public required string Ntp { get; init; }

    /// <summary>The SMTP relay address.</summary>
    public required string Smtp { get; init; }

    /// <summary>SMTP port.</summary>
    public int SmtpPort { get; init; } = 25;

    /// <summary>Envelope sender for the relay test.</summary>
    public required string MailFrom { get; init; }

    /// <summary>Recipient the relay must accept.</summary>
    public required string MailTo { get; init; }
}
