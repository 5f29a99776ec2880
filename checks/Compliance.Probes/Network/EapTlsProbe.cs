using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Runs eapol_test (the authenticator's side of 802.1X) on the vantage against the RADIUS server.</summary>
public static class EapTlsProbe
{
    // argv: account eapol_test-arguments...; the secret arrives on stdin. eapol_test takes it only as -s, so it runs as an
    // unprivileged account on a vantage whose /proc hides other accounts' processes; anything else is refused unrun.
    private const string Guarded = """
        set -u
        opts=$(awk '$2 == "/proc" && $3 == "proc" { o = $4 } END { print o }' /proc/mounts)
        case ",$opts," in
          *,hidepid=invisible,*|*,hidepid=2,*|*,hidepid=noaccess,*|*,hidepid=1,*) ;;
          *) echo "@@exposed /proc is mounted without hidepid ($opts): other accounts would see the secret on eapol_test's command line"; exit 0 ;;
        esac
        account=$1; shift
        uid=$(id -u "$account" 2>/dev/null) || { echo "@@exposed the account $account does not exist"; exit 0; }
        [ "$uid" != 0 ] || { echo "@@exposed the account $account is root"; exit 0; }
        IFS= read -r secret || { echo "@@exposed no secret on standard input"; exit 0; }
        exec runuser -u "$account" -- eapol_test "$@" -s "$secret"
        """;

    /// <summary>
    /// One exchange with the identity's configuration, run as <paramref name="account"/> on <paramref name="vantage"/>.
    /// The shared secret travels on standard input and reaches only eapol_test's command line, which the vantage must hide
    /// from other accounts; it is never recorded.
    /// </summary>
    public static async Task<EapTlsResult> AuthenticateAsync(ITransport vantage, string account, string server, string secret, string configPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrEmpty(account);
        var result = await vantage.RunAsync(new CommandRequest(["bash", "-c", Guarded, "eapol-probe", account, "-c", configPath, "-a", server, "-t", "15", "-r", "0"],
            TimeSpan.FromSeconds(40), secret + "\n"), cancellationToken).ConfigureAwait(false);
        var output = result.StandardOutput.Replace(secret, "[REDACTED]", StringComparison.Ordinal);
        return output.StartsWith("@@exposed ", StringComparison.Ordinal)
            ? throw new ProbeException($"eapol_test not run on {vantage.HostName}: {output[10..].Trim()}")
            : Classify(output, result.ExitCode);
    }

    /// <summary>Classifies eapol_test's output.</summary>
    public static EapTlsResult Classify(string output, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        var cls = output.Contains("Access-Accept", StringComparison.Ordinal) && exitCode == 0 && output.Contains("SUCCESS", StringComparison.Ordinal) ? EapTlsClass.Accept
            : output.Contains("Access-Reject", StringComparison.Ordinal) ? EapTlsClass.Reject
            : output.Contains("timed out", StringComparison.OrdinalIgnoreCase) ? EapTlsClass.Timeout
            : exitCode != 0 && output.Contains("FAILURE", StringComparison.Ordinal) && output.Contains("EAP", StringComparison.Ordinal) && output.Contains("RADIUS message: code=", StringComparison.Ordinal) ? EapTlsClass.Reject
            : EapTlsClass.Error;
        var reply = cls == EapTlsClass.Accept ? RadiusReplyParser.LastAccept(output) : [];
        return new EapTlsResult(cls, reply, string.Join('\n', Excerpt(output).TakeLast(60)));
    }

    /// <summary>The lines evidence keeps: messages, attributes and verdicts; the values of key-bearing and opaque attributes (vendor-specific keys, EAP, state, authenticator) are left out.</summary>
    private static IEnumerable<string> Excerpt(string output)
    {
        var hidden = false;
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains("Attribute ", StringComparison.Ordinal))
            {
                hidden = line.Contains("Attribute 26 ", StringComparison.Ordinal) || line.Contains("Attribute 79 ", StringComparison.Ordinal)
                    || line.Contains("Attribute 80 ", StringComparison.Ordinal) || line.Contains("Attribute 24 ", StringComparison.Ordinal);
                yield return line;
            }
            else if (line.Contains("Value:", StringComparison.Ordinal))
            {
                if (!hidden)
                {
                    yield return line;
                }
            }
            else if (line.Contains("RADIUS message", StringComparison.Ordinal) || line.StartsWith("SUCCESS", StringComparison.Ordinal) || line.StartsWith("FAILURE", StringComparison.Ordinal)
                || line.Contains("timed out", StringComparison.Ordinal) || line.Contains("TLS: ", StringComparison.Ordinal))
            {
                yield return line;
            }
        }
    }

    /// <summary>Formats for evidence.</summary>
    public static string Describe(EapTlsResult result) => result is null ? "" : result.Accepted
        ? $"{result.Class.Describe()}, Tunnel-Private-Group-Id {(result.Vlan.GroupIds.Count == 0 ? "none" : string.Join(", ", result.Vlan.GroupIds.Select(g => $"'{g}'")))}"
        : result.Class.Describe();
}
