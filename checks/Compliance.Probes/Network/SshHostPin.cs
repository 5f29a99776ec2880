namespace Compliance.Probes.Network;

/// <summary>
/// Pinning for the OpenSSH clients a probe starts on a vantage. OpenSSH pins full keys, the inventory pins fingerprints:
/// the client is given no known_hosts file and a <c>KnownHostsCommand</c> that vouches for the key the server presents
/// only when its fingerprint is pinned, so with <c>StrictHostKeyChecking=yes</c> it continues with exactly a pinned key
/// and stops before authentication otherwise (nothing, not even an account name, is sent to an impostor). An unpinned key
/// is remembered and reported with <see cref="MismatchMarker"/>.
/// </summary>
public static class SshHostPin
{
    /// <summary>The marker line printed when the server presented an unpinned key (followed by its fingerprint).</summary>
    public const string MismatchMarker = "@@host-key-mismatch";

    /// <summary>
    /// Bash: <c>pin_options DIR "PIN..."</c> sets <c>PIN_OPTS</c> (the client options) with DIR holding the vouching
    /// script; <c>pin_refused DIR ADDRESS:PORT</c> prints <see cref="MismatchMarker"/> and succeeds when an unpinned key was presented.
    /// </summary>
    public const string Function = """
        pin_options() {
          cat > "$1/pin.sh" <<PIN
        case " $2 " in *" \$4 "*) printf '%s %s %s\n' "\$1" "\$2" "\$3" ;; *) [ "\$4" = NONE ] || [ -z "\$4" ] || echo "\$4" >> "$1/offered" ;; esac
        PIN
          PIN_OPTS=(-o StrictHostKeyChecking=yes -o UserKnownHostsFile=/dev/null -o GlobalKnownHostsFile=/dev/null -o CheckHostIP=no
            -o "KnownHostsCommand=/bin/sh $1/pin.sh %H %t %K %f")
        }
        pin_refused() {
          [ -s "$1/offered" ] || return 1
          printf '%s %s presented %s\n' "@@host-key-mismatch" "$2" "$(sort -u "$1/offered" | tr '\n' ' ')"
        }
        """;

    /// <summary>The pins as one argument for <c>pin_options</c>; at least one is required.</summary>
    public static string Argument(IReadOnlyList<string> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0 || pins.Any(p => !p.StartsWith("SHA256:", StringComparison.Ordinal) || p.Contains(' ', StringComparison.Ordinal)))
        {
            throw new ArgumentException("an SSH probe needs at least one pinned SHA256 host key fingerprint", nameof(pins));
        }

        return string.Join(' ', pins);
    }

    /// <summary>Throws when the output says the server presented an unpinned host key.</summary>
    public static void ThrowOnMismatch(string output, string host)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(MismatchMarker, StringComparison.Ordinal));
        if (line is not null)
        {
            throw new ProbeException($"{host} presented a host key that is not pinned ({line[(MismatchMarker.Length + 1)..].Trim()}): not connected");
        }
    }
}
