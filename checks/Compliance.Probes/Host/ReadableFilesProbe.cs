using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Lists what an account can read under a path as the kernel decides it (<c>runuser -u USER -- find PATH -readable -type f</c>,
/// so mode bits, ACLs and group membership all count).
/// </summary>
public static class ReadableFilesProbe
{
    /// <summary>The files <paramref name="user"/> can read under <paramref name="path"/>.</summary>
    public static async Task<ReadableFiles> FindAsync(ITransport transport, string user, string path, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "runuser", "-u", user, "--", "find", path, "-readable", "-type", "f", "-print").ConfigureAwait(false);
        return Parse(user, path, result.StandardOutput, result.StandardError);
    }

    /// <summary>Parses find's output (one path a line).</summary>
    public static ReadableFiles Parse(string user, string path, string output, string errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ReadableFiles(user, path, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), errors);
    }
}
