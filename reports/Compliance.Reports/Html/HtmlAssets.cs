using System.Security.Cryptography;
using System.Text;

namespace Compliance.Reports.Html;

/// <summary>The report's stylesheet and script (embedded resources) and the CSP hashes that allow exactly them.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    /// <summary>A Content-Security-Policy that forbids every fetch and every script or style but the embedded ones.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{StyleHash}'; script-src '{Hash(Script)}'; img-src data:; form-action 'none'; base-uri 'none'";

    /// <summary>The CSP source that allows exactly the stylesheet (<c>sha256-...</c>).</summary>
    public static string StyleHash => Hash(Css);

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Load(string name)
    {
        var assembly = typeof(HtmlAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Compliance.Reports.Html.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
