using Compliance.Core.Transport;

namespace Compliance.Probes.Host;

/// <summary>
/// Every setuid and setgid file under the given roots (<c>find -perm -4000 -o -perm -2000</c>, /proc, /sys, /dev and
/// /run pruned), each with the package that installed it (<c>dpkg-query -S</c>, also under the pre-merged-/usr name
/// that packages may record, e.g. /bin/su for /usr/bin/su) and whether it still matches the package's md5sums.
/// </summary>
public static class SetuidProgramsProbe
{
    private const string Script = """
        n=$#
        for r in "$@"; do [ -e "$r" ] && set -- "$@" "$r"; done
        shift "$n"
        [ $# -gt 0 ] || { echo 'none of the search roots exists' >&2; exit 3; }
        err=$(mktemp) list=$(mktemp)
        find "$@" \( -path /proc -o -path /sys -o -path /dev -o -path /run \) -prune -o -type f \( -perm -4000 -o -perm -2000 \) -printf '%m\t%u\t%g\t%p\n' >"$list" 2>"$err"
        rc=$?
        tab=$(printf '\t')
        cut -f4 "$list" | while IFS= read -r p; do printf '%s\n' "$p"; case $p in /usr/*) printf '%s\n' "${p#/usr}" ;; esac; done >"$list.names"
        : >"$list.owners"
        [ -s "$list.names" ] && tr '\n' '\0' <"$list.names" | xargs -0 dpkg-query -S -- 2>/dev/null | grep -v '^diversion by' >"$list.owners"
        while IFS="$tab" read -r mode user group path; do
          pkg='' owned=''
          for c in "$path" "${path#/usr}"; do
            [ -n "$pkg" ] && break
            case $c in /*) ;; *) continue ;; esac
            pkg=$(awk -F': ' -v p="$c" '$NF == p { print $1; exit }' "$list.owners")
            pkg=${pkg%%,*} owned=$c
          done
          state=none
          if [ -n "$pkg" ]; then
            state=nosum
            for f in "/var/lib/dpkg/info/$pkg.md5sums" /var/lib/dpkg/info/"$pkg":*.md5sums; do
              [ -f "$f" ] || continue
              sum=$(awk -v p="${owned#/}" '$2 == p { print $1; exit }' "$f")
              [ -n "$sum" ] || continue
              actual=$(md5sum < "$path" | cut -d' ' -f1)
              if [ "$actual" = "$sum" ]; then state=unchanged; else state=changed; fi
              break
            done
          fi
          printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$user" "$group" "$path" "$pkg" "$state"
        done <"$list"
        cat "$err" >&2
        rm -f "$err" "$list" "$list.names" "$list.owners"
        exit "$rc"
        """;

    /// <summary>How long one search may take (a whole file system tree on a loaded server).</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Searches the roots; the result carries find's errors (a failed search is never read as "nothing found").</summary>
    public static async Task<SetuidSearch> FindAsync(ITransport transport, IReadOnlyList<string> roots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(transport);
        var result = await transport.RunAsync(new CommandRequest(["sh", "-c", Script, "probe", .. roots], Timeout), cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            throw new TimeoutException($"the setuid search on {transport.HostName} took longer than {Timeout.TotalSeconds:0} s");
        }

        if (result.ExitCode == 3)
        {
            throw new InvalidOperationException($"setuid search on {transport.HostName}: {result.StandardError.Trim()}");
        }

        return new SetuidSearch(Parse(result.StandardOutput), result.ExitCode == 0 ? "" : $"find exited {result.ExitCode}: {result.StandardError.Trim()}");
    }

    /// <summary>Parses the probe's tab-separated lines.</summary>
    public static IReadOnlyList<SetuidProgram> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split('\t')).Where(f => f.Length == 6)
            .Select(f => new SetuidProgram(f[0], f[1], f[2], f[3], f[4], f[5] switch
            {
                "unchanged" => SetuidProgramState.Unchanged,
                "changed" => SetuidProgramState.Changed,
                "nosum" => SetuidProgramState.NoChecksum,
                _ => SetuidProgramState.NoPackage,
            }))];
    }
}
