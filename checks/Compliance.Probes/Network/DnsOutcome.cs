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

    /// <summary>Sending was prohibited (an administratively prohibited answer or a local rule: permission denied).</summary>
    Prohibited,

    /// <summary>Anything else: a malformed answer, another socket error.</summary>
    Error,
}
