using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Antivirus;

/// <summary>
/// Writes a fresh EICAR test file into a new private temporary directory on the host, scans it on demand with the
/// product, and removes the directory afterwards whatever happened.
/// </summary>
public static class EicarScan
{
    private const string WriteScript = "d=$(mktemp -d /tmp/av-eicar.XXXXXX) && cat > \"$d/eicar.com\" && echo \"$d\"";

    /// <summary>The scan's result, the temporary path used, and that it was removed (a failed removal throws).</summary>
    public static async Task<(AvStatus Scan, string Path, bool Removed)> RunAsync(IAntivirusAdapter adapter, ITransport transport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var written = await HostCommand.ScriptAsync(transport, WriteScript, cancellationToken, EicarSample.Content()).ConfigureAwait(false);
        var directory = written.StandardOutput.Trim();
        if (!written.Succeeded || !directory.StartsWith("/tmp/av-eicar.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"could not write the test file on {transport.HostName}: {written.StandardError.Trim()}");
        }

        var path = directory + "/eicar.com";
        AvStatus scan;
        bool removed;
        try
        {
            scan = await adapter.ScanAsync(transport, path, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var rm = await HostCommand.RunAsync(transport, CancellationToken.None, "rm", "-rf", "--", directory).ConfigureAwait(false);
            removed = rm.Succeeded;
        }

        return removed ? (scan, path, true) : throw new InvalidOperationException($"the test file {path} could not be removed from {transport.HostName}");
    }
}
