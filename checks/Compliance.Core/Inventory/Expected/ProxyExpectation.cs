namespace Compliance.Core.Inventory.Expected;

/// <summary>The forward proxy: where it is, what it allows, what it must refuse, where it logs.</summary>
[ExpectedSection("proxy")]
public sealed record ProxyExpectation
{
    /// <summary>The proxy's host name in the inventory.</summary>
    public required string Host { get; init; }

    /// <summary>The proxy's listening port.</summary>
    public required int Port { get; init; }

    /// <summary>Approved FQDNs (each must work over HTTP and HTTPS CONNECT).</summary>
    [IteratedBy("ProxyServesEveryAllowlistedName", "ProxyRefusesUnlistedNamesIpLiteralsAndConnect", "ProxyLogsEveryRequestWithSourceAddress", "InfraAndDeveloperTerminalsCannotUseTheProxy")]
    public required IReadOnlyList<string> Allowlist { get; init; }

    /// <summary>Sample names that are not on the allowlist (must be refused).</summary>
    [IteratedBy("ProxyRefusesUnlistedNamesIpLiteralsAndConnect", "ProxyLogsEveryRequestWithSourceAddress")]
    public required IReadOnlyList<string> DeniedNames { get; init; }

    /// <summary>An IP literal of an allowlisted site (must be refused: the allowlist is by name).</summary>
    public required string IpLiteral { get; init; }

    /// <summary>The access log path on the proxy host.</summary>
    public required string AccessLog { get; init; }

    /// <summary>Hosts that use the proxy (Secure Zone servers, the data-receipt terminal).</summary>
    [IteratedBy("ProxyServesEveryAllowlistedName", "ProxyRefusesUnlistedNamesIpLiteralsAndConnect", "ProxyLogsEveryRequestWithSourceAddress")]
    public required IReadOnlyList<string> Clients { get; init; }
}
