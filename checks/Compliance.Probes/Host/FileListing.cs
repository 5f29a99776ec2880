using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Lists a path and everything under it with owner, group and mode (<c>find -printf</c>).</summary>
public static class FileListing
{
    /// <summary>The entries under <paramref name="path"/>; null when the path does not exist.</summary>
    public static async Task<IReadOnlyList<FileEntry>?> ReadAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var exists = await HostCommand.RunAsync(transport, cancellationToken, "test", "-e", path).ConfigureAwait(false);
        if (exists.ExitCode != 0)
        {
            return null;
        }

        var output = await HostCommand.OutputAsync(transport, cancellationToken, "find", path, "-printf", @"%y\t%u\t%g\t%m\t%p\n").ConfigureAwait(false);
        return Parse(output);
    }

    /// <summary>Parses <c>find -printf '%y\t%u\t%g\t%m\t%p\n'</c> output.</summary>
    public static IReadOnlyList<FileEntry> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 5))
            .Where(f => f.Length == 5 && f[0].Length == 1)
            .Select(f => new FileEntry(f[0][0], f[1], f[2], FileEntry.ParseMode(f[3]), f[4]))];
    }
}
