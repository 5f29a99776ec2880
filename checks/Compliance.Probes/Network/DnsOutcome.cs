namespace Compliance.Probes.Network;

/// <summary>What became of one DNS query, decided once from the probe's output.</summary>
public enum DnsOutcome
{
    /// <summary>The server answered with at least one address.</summary>
    Answer,

    /// <summary>The server answered without an address record.</summary>
    NoAnswer,

    /// <summary>The server said the name does not exist.</summary>
    NxDomain,

    /// <summary>The server refused the query (rcode REFUSED).</summary>
    Refused,

    /// <summary>The server failed the query (SERVFAIL or another error rcode).</summary>
    ServFail,

    /// <summary>The server's host answered that nothing listens on port 53 (TCP reset, ICMP port unreachable).</summary>
    PortRefused,

    /// <summary>No answer within the timeout (dropped on the way).</summary>
    TimedOut,

    /// <summary>An ICMP host or network unreachable came back.</summary>
    Unreachable,

    /// <summary>
    /// Stopped on the vantage itself, not by the network (<c>local-*</c>): a permission error from its packet filter or a
    /// prohibit route, or a time-out, reset or ICMP error for a query that never left its interfaces.
    /// </summary>
    BlockedOnVantage,

    /// <summary>Blocked, but the probe could not watch its query leave the vantage (<c>unwatched-*</c>): the network and the vantage cannot be told apart.</summary>
    Unattributed,

    /// <summary>Anything else: a malformed answer, another socket error.</summary>
    Error,
}
