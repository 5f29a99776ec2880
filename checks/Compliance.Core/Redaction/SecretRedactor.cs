using System.Text.RegularExpressions;

namespace Compliance.Core.Redaction;

/// <summary>
/// Replaces secrets with <c>[REDACTED]</c> in any text bound for a log, evidence or a report: private key blocks (also
/// when cut short), bearer, basic, negotiate and token credentials, JWTs, well-known cloud and forge tokens, passwords
/// in URLs, crypt password hashes, and <c>name=value</c> or <c>name: value</c> secrets (passwords, client secrets,
/// tokens, API and access keys, shared secrets, connection-string keys). The sudoers tags <c>NOPASSWD:</c> and
/// <c>PASSWD:</c> are not secrets and stay.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Marker = "[REDACTED]";

    /// <summary>The text with every recognised secret replaced by <see cref="Marker"/>; null becomes empty.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        text = PrivateKeyBlock().Replace(text, Marker);
        text = Bearer().Replace(text, "$1" + Marker);
        text = AuthorizationScheme().Replace(text, "$1" + Marker);
        text = Jwt().Replace(text, Marker);
        text = WellKnownToken().Replace(text, Marker);
        text = UrlCredentials().Replace(text, "$1" + Marker + "@");
        text = CryptHash().Replace(text, Marker);
        return NamedSecret().Replace(text, "$1$2" + Marker);
    }

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)", RegexOptions.Singleline)]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?i)\b((?:basic|negotiate|token)\s+)[A-Za-z0-9\-._~+/]{8,}=*")]
    private static partial Regex AuthorizationScheme();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,})")]
    private static partial Regex WellKnownToken();

    [GeneratedRegex(@"(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"\$(?:1|2[abxy]?|5|6|y|gy|7|argon2id?)\$[^\s:]{8,}")]
    private static partial Regex CryptHash();

    [GeneratedRegex(
        @"(?i)(\b[\w.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|accountkey|sharedaccesskey|credential)s?[""']?)(?<!(?-i:(?<![\w.-])(?:NO)?PASSWD))(\s*[:=]\s*[""']?)(?![""']?\[REDACTED\]|\{)[^\s""'&]+")]
    private static partial Regex NamedSecret();
}
