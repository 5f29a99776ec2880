using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Finds out what a TCP port speaks from the vantage: ssh, tls, http, plaintext, silent or closed.</summary>
public static class ProtocolDetector
{
    /// <summary>Detects; the first word of <see cref="DetectedProtocol.Kind"/> is the class.</summary>
    public static async Task<DetectedProtocol> DetectAsync(ITransport vantage, string address, int port, string serverName, CancellationToken cancellationToken = default)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "protocol.py", TimeSpan.FromSeconds(30), cancellationToken,
            address, port.ToString(CultureInfo.InvariantCulture), serverName).ConfigureAwait(false);
        var line = output.Trim();
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return new DetectedProtocol(port, space < 0 ? line : line[..space], line);
    }
}
