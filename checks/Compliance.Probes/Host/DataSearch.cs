using System.Text.RegularExpressions;
using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Looks for a data store on a host: files or directories named like the store or its marker file under the
/// given roots (excluded paths pruned), with the paths the search could not read, and NFS or Samba exports of such paths.
/// </summary>
public static partial class DataSearch
{
    private const string Sentinel = "-- search complete --";

    private const string ExportsScript = """
        for f in /etc/exports /etc/exports.d/*.exports; do [ -f "$f" ] && sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e "s|^|nfs $f: |" "$f"; done
        command -v exportfs >/dev/null 2>&1 && exportfs -v 2>/dev/null | sed 's|^|nfs-live: |'
        [ -f /etc/samba/smb.conf ] && grep -Ei '^[[:space:]]*path[[:space:]]*=' /etc/samba/smb.conf | sed 's|^|smb /etc/samba/smb.conf: |'
        echo "-- search complete --"
        """;

    /// <summary>
    /// Paths under <paramref name="roots"/> whose name is one of <paramref name="names"/>, excluded paths pruned. find runs
    /// with its arguments as given (no shell: names and exclusions are never split or expanded), and every error it reports
    /// other than an absent root or an entry that vanished during the search names a path it could not read.
    /// </summary>
    public static async Task<DataSearchResult> FindAsync(ITransport transport, IReadOnlyList<string> names, IReadOnlyList<string> roots, IReadOnlyList<string> excluded, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, FindArguments(names, roots, excluded)).ConfigureAwait(false);
        return ParseFind(result.StandardOutput, result.StandardError, result.ExitCode, roots);
    }

    /// <summary>The argument vector: <c>env LC_ALL=C find ROOT... ( -path X -o ... ) -prune -o ( -name N -o ... ) -print0</c>.</summary>
    public static string[] FindArguments(IReadOnlyList<string> names, IReadOnlyList<string> roots, IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(excluded);
        if (names.Count == 0 || roots.Count == 0 || roots.Any(r => !r.StartsWith('/')))
        {
            throw new ArgumentException("a search needs names and absolute roots");
        }

        var prune = excluded.Count == 0 ? [] : Alternatives("-path", excluded).Append("-prune").Append("-o");
        return ["env", "LC_ALL=C", "find", .. roots, .. prune, .. Alternatives("-name", names), "-print0"];
    }

    /// <summary>Reads find's NUL-separated output and its error lines; throws when find failed without saying where.</summary>
    public static DataSearchResult ParseFind(string output, string errors, int exitCode, IReadOnlyList<string> roots)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(roots);
        var hits = output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(h => h.Trim('\n')).Where(h => h.Length > 0).ToList();
        var unreadable = new List<string>();
        var other = new List<string>();
        foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = FindError().Match(line);
            if (!m.Success)
            {
                other.Add(line);
            }
            else if (m.Groups["why"].Value != "No such file or directory")
            {
                unreadable.Add($"{m.Groups["path"].Value} ({m.Groups["why"].Value})");
            }
        }

        return other.Count > 0 || (exitCode != 0 && errors.Trim().Length == 0)
            ? throw new InvalidOperationException($"find failed (exit {exitCode}): {(other.Count > 0 ? string.Join("; ", other.Take(5)) : "no error message")}")
            : new DataSearchResult(hits, unreadable);
    }

    private static IEnumerable<string> Alternatives(string test, IReadOnlyList<string> values) =>
        values.SelectMany((v, i) => i == 0 ? new[] { test, v } : ["-o", test, v]).Prepend("(").Append(")");

    /// <summary>Export lines (<c>nfs FILE: line</c>, <c>nfs-live: line</c>, <c>smb FILE: path = ...</c>).</summary>
    public static async Task<IReadOnlyList<string>> ExportsAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var result = await HostCommand.ScriptAsync(transport, ExportsScript, cancellationToken).ConfigureAwait(false);
        return Complete(result, transport, "exports");
    }

    [GeneratedRegex(@"^find: '(?<path>.*)': (?<why>[^:]+)$")]
    private static partial Regex FindError();

    private static List<string> Complete(CommandResult result, ITransport transport, string what)
    {
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return lines.Remove(Sentinel)
            ? lines
            : throw new InvalidOperationException($"the {what} search did not complete on {transport.HostName}: {result.StandardError.Trim()}");
    }
}
