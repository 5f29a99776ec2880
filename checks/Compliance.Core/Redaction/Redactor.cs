namespace Compliance.Core.Redaction;

/// <summary>
/// Replaces secrets with <see cref="Marker"/> in any text bound for a log, evidence or a report, by what a secret is:
/// <list type="bullet">
/// <item>the secret values the run itself loaded (shared secrets, client secrets, passwords, key file contents), added
/// with <see cref="Add"/> as they are read, wherever they appear in the text and whatever precedes them; values shorter
/// than <see cref="MinimumLength"/> characters are ignored, since such short strings are ordinary words more often than
/// secrets and replacing them would make evidence unreadable;</item>
/// <item>key material and credentials recognisable by their form (see <see cref="SecretForms"/>).</item>
/// </list>
/// A word such as "token" or "password" in prose does not make the next word a secret. One instance per run; thread-safe.
/// </summary>
public sealed class Redactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Marker = "[REDACTED]";

    /// <summary>The shortest loaded value that is treated as a secret.</summary>
    public const int MinimumLength = 6;

    private readonly Lock gate = new();
    private volatile string[] known = [];

    /// <summary>A redactor that knows <paramref name="secrets"/> (none: it redacts by form only).</summary>
    public Redactor(IEnumerable<string>? secrets = null)
    {
        foreach (var secret in secrets ?? [])
        {
            Add(secret);
        }
    }

    /// <summary>How many loaded secret values this redactor replaces.</summary>
    public int KnownCount => known.Length;

    /// <summary>
    /// Remembers a secret value the run loaded (surrounding white space is not part of it); null, blank and values shorter
    /// than <see cref="MinimumLength"/> are ignored. Returns <paramref name="secret"/> unchanged, so a read can register inline.
    /// </summary>
    public string? Add(string? secret)
    {
        var value = secret?.Trim();
        if (value is null || value.Length < MinimumLength || Marker.Contains(value, StringComparison.Ordinal))
        {
            return secret;
        }

        lock (gate)
        {
            if (!known.Contains(value, StringComparer.Ordinal))
            {
                known = [.. known.Append(value).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
            }
        }

        return secret;
    }

    /// <summary>The text with every loaded secret and every secret form replaced by <see cref="Marker"/>; null becomes empty.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var secret in known)
        {
            text = text.Replace(secret, Marker, StringComparison.Ordinal);
        }

        return SecretForms.Redact(text);
    }
}
