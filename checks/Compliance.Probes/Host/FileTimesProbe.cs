using System.Globalization;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Lists the regular files under a path with their modification times (<c>find PATH -type f -printf '%T@ %p\n'</c>).</summary>
public static class FileTimesProbe
{
    /// <summary>The files under <paramref name="path"/>; throws when find fails (the path is missing or unreadable).</summary>
    public static async Task<IReadOnlyList<FileTime>> ReadAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var output = await HostCommand.OutputAsync(transport, cancellationToken, "find", path, "-type", "f", "-printf", @"%T@ %p\n").ConfigureAwait(false);
        return Parse(output);
    }

    /// <summary>Parses <c>UNIX-SECONDS PATH</c> lines; lines of another shape are skipped.</summary>
    public static IReadOnlyList<FileTime> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2))
            .Where(f => f.Length == 2 && double.TryParse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(f => new FileTime(f[1], DateTimeOffset.FromUnixTimeMilliseconds((long)(double.Parse(f[0], CultureInfo.InvariantCulture) * 1000))))];
    }
}
