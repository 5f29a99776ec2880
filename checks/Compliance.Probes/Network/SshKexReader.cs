using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Connects to an SSH server from the vantage, sends a banner and reads the server's KEXINIT.</summary>
public static class SshKexReader
{
    /// <summary>Reads the offer.</summary>
    public static async Task<SshAlgorithms> ReadAsync(ITransport vantage, string address, int port, CancellationToken cancellationToken = default)
    {
        var output = await ProbeScripts.RunPythonAsync(vantage, "sshkex.py", TimeSpan.FromSeconds(20), cancellationToken, address, port.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return Parse(output);
    }

    /// <summary>Parses the script output (one <c>key comma,list</c> line per name-list).</summary>
    public static SshAlgorithms Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
        IReadOnlyList<string> List(params string[] keys) =>
            [.. keys.SelectMany(k => fields.TryGetValue(k, out var v) ? v.Split(',', StringSplitOptions.RemoveEmptyEntries) : throw new ProbeException($"KEXINIT lacks {k}")).Distinct()];
        return new SshAlgorithms(
            fields.GetValueOrDefault("banner", ""),
            List("kex"),
            List("hostkey"),
            List("cipher_c2s", "cipher_s2c"),
            List("mac_c2s", "mac_s2c"),
            output.Trim());
    }

    /// <summary>Kex entries that are extension/strictness markers, not algorithms.</summary>
    public static bool IsMarker(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith("ext-info-", StringComparison.Ordinal) || name.StartsWith("kex-strict-", StringComparison.Ordinal);
    }

    /// <summary>Port formatting helper for evidence.</summary>
    public static string Endpoint(string address, int port) => string.Create(CultureInfo.InvariantCulture, $"{address}:{port}");
}
