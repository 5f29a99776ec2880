using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Runs eapol_test (the authenticator's side of 802.1X) on the vantage against the RADIUS server.</summary>
public static class EapTlsProbe
{
    /// <summary>One exchange with the identity's configuration. The shared secret is passed as an argument and never recorded.</summary>
    public static async Task<EapTlsResult> AuthenticateAsync(ITransport vantage, string server, string secret, string configPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentNullException.ThrowIfNull(secret);
        var result = await vantage.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(40), "eapol_test", "-c", configPath, "-a", server, "-s", secret, "-t", "15", "-r", "0"), cancellationToken).ConfigureAwait(false);
        return Classify(result.StandardOutput.Replace(secret, "[REDACTED]", StringComparison.Ordinal), result.ExitCode);
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
