using System.Text.RegularExpressions;

namespace Compliance.Core.Redaction;

/// <summary>
/// Secrets recognisable by their form alone: private key blocks (also when cut short), the credential of an
/// <c>Authorization:</c> header, credential-shaped bearer tokens, JWTs, well-known cloud and forge tokens, passwords in
/// URLs, crypt password hashes, and assignments whose syntax makes the value unambiguous: <c>name=value</c> (URL
/// queries, connection strings, configuration files), a quoted <c>"name": "value"</c> (JSON) and a <c>name: value</c>
/// configuration line that starts with a secret-named key. A secret-named word inside a sentence ("served without a
/// token: GET ...") is prose, not a key, and stays; so do the sudoers tags <c>NOPASSWD:</c> and <c>PASSWD:</c>.
/// </summary>
internal static partial class SecretForms
{
    private const string SecretName = @"[\w.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|accountkey|sharedaccesskey|credential)s?";

    private const string NotYetRedacted = @"(?![""']?\[REDACTED\]|\{)";

    public static string Redact(string text)
    {
        var marker = Redactor.Marker;
        text = PrivateKeyBlock().Replace(text, marker);
        text = AuthorizationHeader().Replace(text, "$1" + marker);
        text = BearerToken().Replace(text, "$1" + marker);
        text = Jwt().Replace(text, marker);
        text = WellKnownToken().Replace(text, marker);
        text = UrlCredentials().Replace(text, "$1" + marker + "@");
        text = CryptHash().Replace(text, marker);
        text = Assignment().Replace(text, "$1" + marker);
        text = QuotedKey().Replace(text, "$1" + marker);
        return ConfigurationLine().Replace(text, "$1" + marker);
    }

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)", RegexOptions.Singleline)]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"(?i)(\b(?:proxy-)?authorization:[ \t]*(?:bearer|basic|negotiate|token|ntlm)[ \t]+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"(?i)(\bbearer[ \t]+)(?=[A-Za-z0-9\-._~+/]*[0-9])(?=[A-Za-z0-9\-._~+/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-._~+/]{15,}=*")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|[sr]k_live_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36})")]
    private static partial Regex WellKnownToken();

    [GeneratedRegex(@"(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"\$(?:1|2[abxy]?|5|6|y|gy|7|argon2id?)\$[^\s:]{8,}")]
    private static partial Regex CryptHash();

    [GeneratedRegex(@"(?i)(\b" + SecretName + @"[""']?[ \t]*=(?!=)[ \t]*[""']?)" + NotYetRedacted + @"[^\s""'&]+")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"(?i)([""']" + SecretName + @"[""'][ \t]*:[ \t]*[""'])(?!\[REDACTED\])[^""'\r\n]+")]
    private static partial Regex QuotedKey();

    [GeneratedRegex(@"(?im)^([ \t]*(?:-[ \t]+|export[ \t]+)?(?-i:(?!(?:NO)?PASSWD[ \t]*:))" + SecretName + @"[ \t]*:[ \t]*[""']?)" + NotYetRedacted + @"[^\s""']+")]
    private static partial Regex ConfigurationLine();
}
