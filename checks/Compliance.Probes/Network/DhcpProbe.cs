using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Real DHCP exchanges on the vantage's room link with dhclient (a no-op script, private lease and pid files):
/// with the vantage's own interface, or a throwaway macvlan carrying a chosen MAC. Nothing is configured and
/// everything created is removed.
/// </summary>
public static partial class DhcpProbe
{
    /// <summary>Requests a lease; <paramref name="mac"/> null uses the vantage's own interface and MAC.</summary>
    public static async Task<DhcpLease> RequestAsync(ITransport vantage, string vantageAddress, string? mac, int timeoutSeconds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var request = new CommandRequest(["bash", "-c", ProbeScripts.Text("dhcp.sh"), "dhcp", vantageAddress, mac ?? "own", timeoutSeconds.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(timeoutSeconds + 30));
        var result = await vantage.RunAsync(request, cancellationToken).ConfigureAwait(false);
        return Parse(result.StandardOutput);
    }

    /// <summary>Parses the script output.</summary>
    public static DhcpLease Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.StartsWith("error", StringComparison.Ordinal) || !output.Contains("dhclient-exit", StringComparison.Ordinal))
        {
            throw new ProbeException($"DHCP probe could not run: {output.Trim()}");
        }

        var mac = MacLine().Match(output) is { Success: true } m ? m.Groups[1].Value : "";
        var address = Fixed().Match(output) is { Success: true } a ? a.Groups[1].Value : null;
        var server = ServerId().Match(output) is { Success: true } s ? s.Groups[1].Value : null;
        return new DhcpLease(mac, address, server, output.Trim());
    }

    /// <summary>A random locally administered unicast MAC.</summary>
    public static string RandomMac()
    {
        var bytes = new byte[6];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        bytes[0] = (byte)((bytes[0] & 0xFC) | 0x02);
        return string.Join(':', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^mac (\S+)", RegexOptions.Multiline)]
    private static partial Regex MacLine();

    [GeneratedRegex(@"lease fixed-address ([0-9.]+);")]
    private static partial Regex Fixed();

    [GeneratedRegex(@"dhcp-server-identifier ([0-9.]+);")]
    private static partial Regex ServerId();
}
