using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Sends one NTP client request from the vantage; returns the raw classification line (<c>answer stratum=..</c>, <c>timeout</c>, <c>error ..</c>).</summary>
public static class NtpProbe
{
    /// <summary>Queries the server.</summary>
    public static async Task<string> QueryAsync(ITransport vantage, string server, CancellationToken cancellationToken = default) =>
        (await ProbeScripts.RunPythonAsync(vantage, "ntp.py", TimeSpan.FromSeconds(20), cancellationToken, server, "4").ConfigureAwait(false)).Trim();

    /// <summary>True when a synchronised server answered (stratum 1..15, leap indicator not 3).</summary>
    public static bool Synchronised(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith("answer", StringComparison.Ordinal))
        {
            return false;
        }

        var stratum = line.Split(' ').FirstOrDefault(p => p.StartsWith("stratum=", StringComparison.Ordinal))?[8..];
        return int.TryParse(stratum, out var s) && s is >= 1 and <= 15 && !line.Contains("leap=3", StringComparison.Ordinal);
    }
}
