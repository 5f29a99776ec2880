using System.Text.RegularExpressions;

namespace Compliance.Runner.Pipeline;

/// <summary>Removes secrets (private key blocks, bearer tokens, <c>password=...</c>-style values) from log lines.</summary>
public static partial class LogRedaction
{
    /// <summary>The line with every recognised secret replaced by <c>[REDACTED]</c>.</summary>
    public static string Redact(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = KeyMaterial().Replace(line, "[REDACTED private key]");
        line = Bearer().Replace(line, "$1[REDACTED]");
        return KeyValue().Replace(line, "$1$2[REDACTED]");
    }

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)")]
    private static partial Regex KeyMaterial();

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9\-\._~\+/]+=*")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?i)\b(token|password|passwd|secret|client_secret|access_token|api_key|apikey)(\s*[=:]\s*)[^\s&""']+")]
    private static partial Regex KeyValue();
}
