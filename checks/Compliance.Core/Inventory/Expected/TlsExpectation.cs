namespace Compliance.Core.Inventory.Expected;

/// <summary>The HTTPS endpoint into the Secure Zone and what its TLS must be.</summary>
[ExpectedSection("tls")]
public sealed record TlsExpectation
{
    /// <summary>The host serving HTTPS.</summary>
    public required string Host { get; init; }

    /// <summary>HTTPS port.</summary>
    public int Port { get; init; } = 443;

    /// <summary>The name the certificate must match (SNI and host name check).</summary>
    public required string ServerName { get; init; }

    /// <summary>The organisation CA's PEM file (relative to the environment folder).</summary>
    public required string CaFile { get; init; }

    /// <summary>The host that probes (a room terminal).</summary>
    public required string Vantage { get; init; }

    /// <summary>Protocol versions that must be refused (openssl s_client flags without dash: tls1, tls1_1).</summary>
    [IteratedBy("HttpsRefusesTls10And11")]
    public required IReadOnlyList<string> RefusedVersions { get; init; }

    /// <summary>OpenSSL cipher strings of weak suites that must be refused (offered over TLS 1.2).</summary>
    [IteratedBy("HttpsRefusesWeakCiphers")]
    public required IReadOnlyList<string> WeakCiphers { get; init; }

    /// <summary>Minimum days of validity left.</summary>
    public int MinDaysLeft { get; init; } = 1;
}
