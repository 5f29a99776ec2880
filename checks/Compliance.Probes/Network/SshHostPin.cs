namespace Compliance.Probes.Network;

/// <summary>
/// Pinning for the OpenSSH clients a probe starts on a vantage. OpenSSH pins full keys (known_hosts), the inventory
/// pins fingerprints: the script asks the server for its host keys (<c>ssh-keyscan</c>), keeps only those whose
/// fingerprint is pinned, and the client then connects with <c>StrictHostKeyChecking=yes</c> against exactly those keys.
/// A server that offers no pinned key is refused before any client connects, so nothing is asked of an impostor.
/// </summary>
public static class SshHostPin
{
    /// <summary>The marker line printed when no offered key matches a pin (followed by the offered fingerprints).</summary>
    public const string MismatchMarker = "@@host-key-mismatch";

    /// <summary>
    /// Bash: <c>pin_known_hosts FILE ADDRESS PORT "PIN..."</c> writes the pinned keys <c>ADDRESS:PORT</c> offers to FILE;
    /// returns 1 after printing <see cref="MismatchMarker"/> and the offered fingerprints when none is pinned.
    /// </summary>
    public const string Function = """
        pin_known_hosts() {
          local file=$1 addr=$2 port=$3 pins=" $4 " offered="" line fp
          : > "$file"
          while IFS= read -r line; do
            case $line in ''|'#'*) continue ;; esac
            fp=$(printf '%s\n' "$line" | ssh-keygen -lf - 2>/dev/null | awk '{print $2}')
            offered="$offered ${fp:-unreadable}"
            case $pins in *" $fp "*) [ -n "$fp" ] && printf '%s\n' "$line" >> "$file" ;; esac
          done < <(ssh-keyscan -T 8 -p "$port" "$addr" 2>/dev/null)
          [ -s "$file" ] && return 0
          printf '%s %s:%s offered:%s\n' "@@host-key-mismatch" "$addr" "$port" "${offered:- nothing}"
          return 1
        }
        """;

    /// <summary>The client options that accept exactly the keys in <paramref name="knownHosts"/>.</summary>
    public static string ClientOptions(string knownHosts) =>
        $"-o StrictHostKeyChecking=yes -o UserKnownHostsFile={knownHosts} -o GlobalKnownHostsFile=/dev/null -o CheckHostIP=no";

    /// <summary>The pins as one argument for <c>pin_known_hosts</c>; at least one is required.</summary>
    public static string Argument(IReadOnlyList<string> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0 || pins.Any(p => !p.StartsWith("SHA256:", StringComparison.Ordinal) || p.Contains(' ', StringComparison.Ordinal)))
        {
            throw new ArgumentException("an SSH probe needs at least one pinned SHA256 host key fingerprint", nameof(pins));
        }

        return string.Join(' ', pins);
    }

    /// <summary>Throws when the output says no offered host key was pinned.</summary>
    public static void ThrowOnMismatch(string output, string host)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(MismatchMarker, StringComparison.Ordinal));
        if (line is not null)
        {
            throw new ProbeException($"{host} offered no pinned host key ({line[(MismatchMarker.Length + 1)..].Trim()}): not connected");
        }
    }
}
