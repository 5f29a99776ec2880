using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Sends one DNS A query from the vantage (UDP or TCP) and classifies the outcome.</summary>
public static class DnsProbe
{
    /// <summary>Queries <paramref name="server"/> for <paramref name="name"/>.</summary>
    public static async Task<DnsAnswer> QueryAsync(ITransport vantage, string server, string name, string protocol = "udp", CancellationToken cancellationToken = default)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "dns.py", TimeSpan.FromSeconds(20), cancellationToken, server, name, protocol, "3").ConfigureAwait(false);
        return Parse(server, name, protocol, output);
    }

    /// <summary>
    /// Classifies the script's line (<c>answer ADDR...</c>, <c>noanswer</c>, <c>nxdomain</c>, <c>refused</c>, <c>servfail ...</c>,
    /// <c>refused-port</c>, <c>timeout</c>, <c>unreachable</c>, <c>local-*</c>, <c>unwatched-*</c>, <c>error KIND</c>).
    /// </summary>
    public static DnsAnswer Parse(string server, string name, string protocol, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Trim();
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var outcome = parts.FirstOrDefault() switch
        {
            "answer" => DnsOutcome.Answer,
            "noanswer" => DnsOutcome.NoAnswer,
            "nxdomain" => DnsOutcome.NxDomain,
            "refused" => DnsOutcome.Refused,
            "servfail" => DnsOutcome.ServFail,
            "refused-port" => DnsOutcome.PortRefused,
            "timeout" => DnsOutcome.TimedOut,
            "unreachable" => DnsOutcome.Unreachable,
            { } w when w.StartsWith("local-", StringComparison.Ordinal) => DnsOutcome.BlockedOnVantage,
            { } w when w.StartsWith("unwatched-", StringComparison.Ordinal) => DnsOutcome.Unattributed,
            _ => DnsOutcome.Error,
        };
        return new DnsAnswer(server, name, protocol, outcome, outcome == DnsOutcome.Answer ? [.. parts.Skip(1)] : [], line);
    }
}
