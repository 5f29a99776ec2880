namespace Compliance.Probes.Network;

/// <summary>What one port of a scan drew, decided once from the scan script's class word.</summary>
public enum PortClass
{
    /// <summary>TCP: the connect completed (word <c>connected</c>).</summary>
    Connected,

    /// <summary>TCP: the target's host reset the connect (word <c>refused</c>).</summary>
    Refused,

    /// <summary>TCP: an ICMP host or network unreachable came back (word <c>unreachable</c>).</summary>
    Unreachable,

    /// <summary>TCP: sending was prohibited (an administratively prohibited answer or a local rule; word <c>prohibited</c>).</summary>
    Prohibited,

    /// <summary>TCP: no answer within the drop timeout (word <c>timedout</c>).</summary>
    TimedOut,

    /// <summary>UDP: a datagram came back from the port (word <c>answered</c>).</summary>
    Answered,

    /// <summary>UDP: ICMP port unreachable came back (word <c>icmp-refused</c>).</summary>
    IcmpRefused,

    /// <summary>UDP: ICMP host or network unreachable came back (word <c>icmp-unreachable</c>).</summary>
    IcmpUnreachable,

    /// <summary>UDP: the vantage's kernel refused to send (words <c>sendfail-EPERM</c>, <c>sendfail-EACCES</c>).</summary>
    SendFailed,

    /// <summary>UDP: nothing came back (word <c>silent</c>).</summary>
    Silent,

    /// <summary>A socket error the script named (<c>error:ECONNRESET</c> and the like) or a word this parser does not know.</summary>
    Error,
}
