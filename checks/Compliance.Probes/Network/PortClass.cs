namespace Compliance.Probes.Network;

/// <summary>What one port of a scan drew, decided once from the scan script's class word.</summary>
public enum PortClass
{
    /// <summary>TCP: the connect completed (word <c>connected</c>).</summary>
    Connected,

    /// <summary>TCP: the target's host reset the connect (word <c>refused</c>).</summary>
    Refused,

    /// <summary>TCP: an ICMP host or network unreachable (an administratively prohibited answer included) came back from the network (word <c>unreachable</c>).</summary>
    Unreachable,

    /// <summary>TCP: sending was prohibited (word <c>prohibited</c>; the scan scripts print <c>local-EPERM</c> / <c>local-EACCES</c> instead, since only the vantage refuses that way).</summary>
    Prohibited,

    /// <summary>TCP: no answer within the drop timeout (word <c>timedout</c>).</summary>
    TimedOut,

    /// <summary>UDP: a datagram came back from the port (word <c>answered</c>).</summary>
    Answered,

    /// <summary>UDP: ICMP port unreachable came back (word <c>icmp-refused</c>).</summary>
    IcmpRefused,

    /// <summary>UDP: ICMP host or network unreachable came back (word <c>icmp-unreachable</c>).</summary>
    IcmpUnreachable,

    /// <summary>UDP: the vantage's kernel refused to send (words <c>sendfail-EPERM</c>, <c>sendfail-EACCES</c>, <c>sendfail-EHOSTUNREACH</c>...): its own filter or route, never the network.</summary>
    SendFailed,

    /// <summary>
    /// Stopped on the vantage itself, not by the network (words <c>local-*</c>): a connect its kernel refused at once (its packet
    /// filter, an unreachable, prohibit or blackhole route, no route), or a time-out, reset or ICMP error for a packet that never
    /// left its interfaces. Whoever holds root on the vantage can make or remove this block, so it proves nothing about the network.
    /// </summary>
    BlockedOnVantage,

    /// <summary>Blocked, but the probe could not watch its packets leave the vantage (words <c>unwatched-*</c>): the network and the vantage's own filter cannot be told apart.</summary>
    Unattributed,

    /// <summary>UDP: nothing came back (word <c>silent</c>).</summary>
    Silent,

    /// <summary>A socket error the script named (<c>error:ECONNRESET</c> and the like) or a word this parser does not know.</summary>
    Error,
}
