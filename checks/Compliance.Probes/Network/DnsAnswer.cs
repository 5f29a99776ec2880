namespace Compliance.Probes.Network;

/// <summary>A DNS query's outcome, with the addresses of an answer and the probe's output line.</summary>
public sealed record DnsAnswer(string Server, string Name, string Protocol, DnsOutcome Outcome, IReadOnlyList<string> Addresses, string Raw)
{
    /// <summary>True when the name resolved to at least one address.</summary>
    public bool Resolved => Outcome == DnsOutcome.Answer && Addresses.Count > 0;

    /// <summary>True when the server (or its host) answered the query in any way: the query got through.</summary>
    public bool ReachedServer => Outcome is DnsOutcome.Answer or DnsOutcome.NoAnswer or DnsOutcome.NxDomain or DnsOutcome.Refused or DnsOutcome.ServFail or DnsOutcome.PortRefused;

    /// <summary>True when the network stopped the query on the way (dropped, unreachable, prohibited by an ICMP answer); never when the vantage itself stopped it.</summary>
    public bool Blocked => Outcome is DnsOutcome.TimedOut or DnsOutcome.Unreachable;

    /// <summary>True when the vantage itself stopped the query, or when that cannot be told from the network blocking it.</summary>
    public bool NotBlockedByTheNetwork => Outcome is DnsOutcome.BlockedOnVantage or DnsOutcome.Unattributed;
}
