using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Looks for a data store on a host: files or directories named like the store or its marker file under the
/// given roots (excluded paths pruned), and NFS or Samba exports of such paths.
/// </summary>
public static class DataSearch
{
    private const string Sentinel = "-- search complete --";

    private const string FindScript = """
        names="$1"; shift; excl="$1"; shift
        set -f; expr=""; for n in $names; do expr="$expr -o -name $n"; done; prune=""; for p in $excl; do prune="$prune -o -path $p"; done; set +f
        for r in "$@"; do [ -e "$r" ] && find "$r" \( -false $prune \) -prune -o \( -false $expr \) -print 2>/dev/null; done
        echo "-- search complete --"
        """;

    private const string ExportsScript = """
        for f in /etc/exports /etc/exports.d/*.exports; do [ -f "$f" ] && sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e "s|^|nfs $f: |" "$f"; done
        command -v exportfs >/dev/null 2>&1 && exportfs -v 2>/dev/null | sed 's|^|nfs-live: |'
        [ -f /etc/samba/smb.conf ] && grep -Ei '^[[:space:]]*path[[:space:]]*=' /etc/samba/smb.conf | sed 's|^|smb /etc/samba/smb.conf: |'
        echo "-- search complete --"
        """;

    /// <summary>Paths under <paramref name="roots"/> whose name is one of <paramref name="names"/>.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(ITransport transport, IReadOnlyList<string> names, IReadOnlyList<string> roots, IReadOnlyList<string> excluded, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, FindScript, cancellationToken, null, [string.Join(' ', names), string.Join(' ', excluded), .. roots]).ConfigureAwait(false);
        return Complete(result, transport, "find");
    }

    /// <summary>Export lines (<c>nfs FILE: line</c>, <c>nfs-live: line</c>, <c>smb FILE: path = ...</c>).</summary>
    public static async Task<IReadOnlyList<string>> ExportsAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, ExportsScript, cancellationToken).ConfigureAwait(false);
        return Complete(result, transport, "exports");
    }

    private static List<string> Complete(CommandResult result, ITransport transport, string what)
    {
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return lines.Remove(Sentinel)
            ? lines
            : throw new InvalidOperationException($"the {what} search did not complete on {transport.HostName}: {result.StandardError.Trim()}");
    }
}
