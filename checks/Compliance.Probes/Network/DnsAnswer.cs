namespace Compliance.Probes.Network;

/// <summary>A DNS query's outcome, with the addresses of an answer and the probe's output line.</summary>
public sealed record DnsAnswer(string Server, string Name, string Protocol, DnsOutcome Outcome, IReadOnlyList<string> Addresses, string Raw)
{
    /// <summary>True when the name resolved to at least one address.</summary>
    public bool Resolved => Outcome == DnsOutcome.Answer && Addresses.Count > 0;

    /// <summary>True when the server (or its host) answered the query in any way: the query got through.</summary>
    public bool ReachedServer => Outcome is DnsOutcome.Answer or DnsOutcome.NoAnswer or DnsOutcome.NxDomain or DnsOutcome.Refused or DnsOutcome.ServFail or DnsOutcome.PortRefused;

    /// <summary>True when the query was stopped on the way: dropped, unreachable or prohibited.</summary>
    public bool Blocked => Outcome is DnsOutcome.TimedOut or DnsOutcome.Unreachable or DnsOutcome.Prohibited;
}
