using Compliance.Controls.Framework;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// What one egress scan of an outside address means, the outside host answering every port: a connected TCP port or an
/// answered UDP port is a violation; only the network's silence (or ICMP unreachable) is compliant; anything stopped on
/// the vantage itself, refused, or unknown leaves the address unverified.
/// </summary>
internal static class EgressVerdicts
{
    /// <summary>The violation the scan shows (naming vantage, address and ports), or null; throws <see cref="PrerequisiteFailedException"/> when it establishes nothing.</summary>
    public static string? Violation(string vantage, PortScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.Protocol == "tcp" ? Tcp(vantage, scan) : Udp(vantage, scan);
    }

    private static string? Tcp(string vantage, PortScanResult scan)
    {
        var open = scan.PortsOf(PortClass.Connected);
        if (open.Count > 0)
        {
            return $"{vantage} connected to {scan.Target} on TCP {PortRanges.Format(open)}";
        }

        if (scan.CountNotBlockedByTheNetwork > 0)
        {
            throw new PrerequisiteFailedException($"TCP to {scan.Target} was stopped on the vantage itself, not by the network, on {Fmt(scan.PortsNotBlockedByTheNetwork)} ({scan.Summary}): its own packet filter or routes prove nothing about the firewall");
        }

        var refused = scan.PortsOf(PortClass.Refused);
        var unknown = scan.WordsOf(PortClass.Error);
        if (refused.Count > 0 || unknown.Count > 0)
        {
            throw new PrerequisiteFailedException($"unexpected TCP results towards {scan.Target} (refused {Fmt(refused)}; {string.Join(' ', unknown)}): cannot tell the firewall from the outside host");
        }

        return null;
    }

    private static string? Udp(string vantage, PortScanResult scan)
    {
        var answered = scan.PortsOf(PortClass.Answered);
        if (answered.Count > 0)
        {
            return $"{vantage} got UDP answers from {scan.Target} on {PortRanges.Format(answered)}";
        }

        var portUnreachable = scan.PortsOf(PortClass.IcmpRefused);
        if (portUnreachable.Count > 0 || scan.CountNotBlockedByTheNetwork > 0 || scan.WordsOf(PortClass.Error).Count > 0)
        {
            throw new PrerequisiteFailedException($"unexpected UDP results towards {scan.Target} (port unreachable on {Fmt(portUnreachable)}; stopped on the vantage itself on {Fmt(scan.PortsNotBlockedByTheNetwork)}; {scan.Summary}): the outside host answers every port, and only the network's block counts");
        }

        return null;
    }

    /// <summary>A port list, or "none".</summary>
    public static string Fmt(IReadOnlyList<int> ports) => ports.Count == 0 ? "none" : PortRanges.Format(ports);
}
