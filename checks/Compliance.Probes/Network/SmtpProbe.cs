using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Walks an SMTP relay through EHLO, MAIL FROM and RCPT TO (then RSET, QUIT) from the vantage; returns step to reply.</summary>
public static class SmtpProbe
{
    /// <summary>The reply of every step (<c>greeting</c>, <c>ehlo</c>, <c>mail</c>, <c>rcpt</c>), or <c>timeout</c>/<c>error</c> keys.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProbeAsync(ITransport vantage, string server, int port, string from, string to, CancellationToken cancellationToken = default)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "smtp.py", TimeSpan.FromSeconds(30), cancellationToken, server, port.ToString(CultureInfo.InvariantCulture), from, to).ConfigureAwait(false);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
    }
}
