using System.Globalization;
using System.Text;

namespace Compliance.Reports.Html;

/// <summary>Encodes text for HTML element content and double-quoted attributes; control characters become U+FFFD.</summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => c.ToString(),
                _ when char.IsControl(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    /// <summary>A UTC time as <c>yyyy-MM-dd HH:mm:ss UTC</c>.</summary>
    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
