using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Inventory;

/// <summary>
/// A copy of the production template in a temp folder with its CHANGE- markers removed (all of them, or all but one),
/// and the private credential files it names created empty with mode 0600 (no real key is ever written).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class FilledTemplate : IDisposable
{
    public const string Marker = "CHANGE-";

    /// <summary>The credential files the template names, relative to its folder.</summary>
    public static readonly string[] CredentialFiles = ["keys/compliance_ed25519", "keys/forwarding-test_ed25519", "keys/graph-app.pem"];

    /// <summary>
    /// Copies the template; when <paramref name="keptFile"/> is given, the first occurrence of <paramref name="keptValue"/>
    /// in that file keeps its marker.
    /// </summary>
    public FilledTemplate(string? keptFile = null, string? keptValue = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("template-filled-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(Template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Template, file);
            var target = Path.Combine(Directory, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            File.WriteAllText(target, relative == keptFile ? KeepOne(text, keptValue!, relative) : Strip(text));
        }

        foreach (var key in CredentialFiles)
        {
            var path = Path.Combine(Directory, key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public static string Template => Path.Combine(RepositoryPaths.Root, "environments", "production.example");

    public string Directory { get; }

    /// <summary>Line and column (1-based) where the kept value starts in the copy; set when one marker is kept.</summary>
    public (int Line, int Column) KeptAt { get; private set; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string Strip(string text) => text.Replace(Marker, "", StringComparison.Ordinal);

    private string KeepOne(string text, string value, string file)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"{file} has no {value}");
        }

        var before = Strip(text[..at]);
        var lineStart = before.LastIndexOf('\n') + 1;
        KeptAt = (before.Count(c => c == '\n') + 1, before.Length - lineStart + 1);
        return before + value + Strip(text[(at + value.Length)..]);
    }
}
