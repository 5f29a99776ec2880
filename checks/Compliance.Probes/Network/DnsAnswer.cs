namespace Compliance.Probes.Network;

/// <summary>A DNS query's outcome: answer (with addresses), nxdomain, refused, servfail, noanswer, timeout, refused-port, error.</summary>
public sealed record DnsAnswer(string Server, string Name, string Protocol, string Class, IReadOnlyList<string> Addresses, string Raw)
{
    /// <summary>True when the name resolved to at least one address.</summary>
    public bool Resolved => Class == "answer" && Addresses.Count > 0;
}
