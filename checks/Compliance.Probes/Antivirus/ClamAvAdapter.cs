using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Antivirus;

/// <summary>
/// ClamAV: clamd must run in this host's mount namespace (a host's own daemon, not a neighbour's) and answer
/// <c>clamdscan --ping</c> on the socket of the host's <c>clamd.conf</c>; definitions' age comes from the database
/// files, each on its own (CVD/CLD build time and version from <c>sigtool --info</c>, the modification time of plain signature files);
/// scans go through clamd with <c>clamdscan --fdpass</c>.
/// </summary>
public sealed class ClamAvAdapter : IAntivirusAdapter
{
    private const string DaemonScript = """
        self=$(readlink /proc/self/ns/mnt); pids=""
        for p in $(pgrep -x clamd); do [ "$(readlink /proc/$p/ns/mnt 2>/dev/null)" = "$self" ] && pids="$pids $p"; done
        echo "clamd pids:$pids"
        clamdscan --ping 1 2>&1; echo "ping exit: $?"
        """;

    private const string DefinitionsScript = """
        dir=$(sed -n 's/^[[:space:]]*DatabaseDirectory[[:space:]]\{1,\}//p' /etc/clamav/clamd.conf 2>/dev/null | tail -n 1); [ -n "$dir" ] || dir=/var/lib/clamav
        echo "directory:$dir"
        for f in "$dir"/*; do [ -f "$f" ] || continue
          case "$f" in
            *.cvd|*.cld) info=$(sigtool --info "$f" 2>/dev/null); echo "build:$f:$(printf '%s\n' "$info" | sed -n 's/^Build time: //p')"; echo "dbversion:$f:$(printf '%s\n' "$info" | sed -n 's/^Version: //p')";;
            *.hdb|*.hsb|*.ndb|*.ldb|*.cdb|*.mdb|*.msb|*.ndu|*.ldu|*.hdu|*.pdb|*.gdb|*.wdb|*.idb|*.cbc|*.yar|*.yara) echo "mtime:$f:$(stat -c %Y "$f")";;
          esac
        done
        clamdscan --version 2>&1 | sed 's/^/version:/'
        """;

    /// <inheritdoc/>
    public string Product => "ClamAV";

    /// <inheritdoc/>
    public async Task<AvStatus> DaemonAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, DaemonScript, cancellationToken).ConfigureAwait(false);
        return ClamAvOutput.Daemon(result.StandardOutput);
    }

    /// <inheritdoc/>
    public async Task<AvDefinitions> DefinitionsAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, DefinitionsScript, cancellationToken).ConfigureAwait(false);
        return ClamAvOutput.Definitions(result.StandardOutput);
    }

    /// <inheritdoc/>
    public async Task<AvStatus> ScanAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "clamdscan", "--fdpass", "--no-summary", "--", path).ConfigureAwait(false);
        return ClamAvOutput.Scan(result, path);
    }
}
