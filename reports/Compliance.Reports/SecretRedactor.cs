using System.Text.RegularExpressions;

namespace Compliance.Reports;

/// <summary>
/// A last pass over every text that reaches a report: private keys, bearer and basic credentials, JWTs,
/// cloud keys, URL passwords, password hashes and <c>name=value</c> secrets become <c>[REDACTED]</c>.
/// Checks redact their evidence already; this pass catches what slipped through.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Marker = "[REDACTED]";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        text = PrivateKeyBlock().Replace(text, Marker);
        text = AuthorizationScheme().Replace(text, "$1" + Marker);
        text = Jwt().Replace(text, Marker);
        text = WellKnownToken().Replace(text, Marker);
        text = UrlCredentials().Replace(text, "$1" + Marker + "@");
        text = CryptHash().Replace(text, Marker);
        text = NamedSecret().Replace(text, "$1$2" + Marker);
        return text;
    }

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)", RegexOptions.Singleline)]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"(?i)\b((?:bearer|basic|negotiate|token)\s+)[A-Za-z0-9\-._~+/]{8,}=*")]
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
        @"(?i)(\b[\w.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|accountkey|sharedaccesskey|credential)s?[""']?)(\s*[:=]\s*[""']?)(?![""']?\[REDACTED\])[^\s""',;&}]+")]
    private static partial Regex NamedSecret();
}
