using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Audit;

/// <summary>The session recordings on the gateway: which files there are, and which of them hold a text.</summary>
public static class RecordingFiles
{
    /// <summary>Every regular file under the recordings directory; throws when the directory is missing.</summary>
    public static async Task<IReadOnlySet<string>> ListAsync(ITransport gateway, string directory, CancellationToken cancellationToken)
    {
        var output = await HostCommand.OutputAsync(gateway, cancellationToken, "find", directory, "-type", "f", "-print").ConfigureAwait(false);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The files among <paramref name="files"/> that contain <paramref name="text"/> (binary-safe, fixed string).</summary>
    public static async Task<IReadOnlyList<string>> ContainingAsync(ITransport gateway, IEnumerable<string> files, string text, CancellationToken cancellationToken)
    {
        var list = files.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var result = await HostCommand.RunAsync(gateway, cancellationToken, ["grep", "-a", "-l", "-F", "-e", text, "--", .. list]).ConfigureAwait(false);
        return result.ExitCode > 1
            ? throw new InvalidOperationException($"grep in the recordings failed on {gateway.HostName}: {result.StandardError.Trim()}")
            : result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
