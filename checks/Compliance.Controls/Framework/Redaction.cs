using System.Text.RegularExpressions;

namespace Compliance.Controls.Framework;

/// <summary>Removes secrets (private keys, tokens, passwords, shared secrets) from text before it becomes evidence.</summary>
public static partial class Redaction
{
    /// <summary>The text with every recognised secret replaced by <c>[REDACTED]</c>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = PrivateKey().Replace(text, "[REDACTED private key]");
        text = Bearer().Replace(text, "$1[REDACTED]");
        text = KeyValue().Replace(text, "$1$2[REDACTED]");
        return text;
    }

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", RegexOptions.Singleline)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9\-\._~\+/]+=*")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?i)\b(token|password|passwd|secret|client_secret|access_token|api_key|apikey)(\s*[=:]\s*|=)[^\s&""']+")]
    private static partial Regex KeyValue();
}
