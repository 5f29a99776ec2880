using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// What an account can change of the files a root command runs or reads: under each path (the path as given and
/// its resolved target) everything <c>access(2)</c> lets the account write (<c>runuser -u USER -- find -writable</c>)
/// or that it owns, and every directory above those paths up to <c>/</c> that it can write or owns (from there it
/// can replace the whole path). Paths that do not exist count through their existing ancestors.
/// </summary>
public static class CommandFilesProbe
{
    private const string Script = """
        u=$1; shift
        list=$(mktemp)
        for t in "$@"; do
          for p in "$t" "$(readlink -m -- "$t")"; do
            printf 'T %s\n' "$p"
            d=$p
            while [ "$d" != / ]; do d=$(dirname -- "$d"); printf 'A %s\n' "$d"; done
          done
        done | sort -u >"$list"
        trees=$(sed -n 's/^T //p' "$list" | while IFS= read -r p; do [ -e "$p" ] && printf '%s\n' "$p"; done)
        ancestors=$(sed -n 's/^A //p' "$list" | while IFS= read -r p; do [ -e "$p" ] && printf '%s\n' "$p"; done)
        rm -f "$list"
        rc=0
        if [ -n "$trees" ]; then
          printf '%s\n' "$trees" | tr '\n' '\0' | xargs -0 sh -c 'exec runuser -u "$0" -- find -H "$@" -writable -print' "$u" 2>&1 >&3 | grep -v 'Permission denied' >&2 && rc=1
          printf '%s\n' "$trees" | tr '\n' '\0' | xargs -0 sh -c 'find -H "$@" -user "$0" -print' "$u" || rc=1
        fi 3>&1
        if [ -n "$ancestors" ]; then
          printf '%s\n' "$ancestors" | tr '\n' '\0' | xargs -0 sh -c 'exec runuser -u "$0" -- find -H "$@" -maxdepth 0 -writable -print' "$u" 2>&1 >&3 | grep -v 'Permission denied' >&2 && rc=1
          printf '%s\n' "$ancestors" | tr '\n' '\0' | xargs -0 sh -c 'find -H "$@" -maxdepth 0 -user "$0" -print' "$u" || rc=1
        fi 3>&1
        exit "$rc"
        """;

    /// <summary>The paths <paramref name="user"/> can write or owns among and above <paramref name="paths"/>; throws when a search failed for another reason than an unreadable directory.</summary>
    public static async Task<IReadOnlyList<string>> ChangeableAsync(ITransport transport, string user, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = await HostCommand.ScriptAsync(transport, Script, cancellationToken, null, [user, .. paths]).ConfigureAwait(false);
        return result.ExitCode == 0
            ? [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : throw new InvalidOperationException($"searching what {user} can change on {transport.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
    }
}
