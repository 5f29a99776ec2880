using System.Text;

namespace Compliance.Reports.Folder;

/// <summary>
/// Writes <c>manifest.sha256</c>: one <c>sha256sum</c> line per file of the run folder (relative paths, sorted),
/// so <c>sha256sum -c manifest.sha256</c> run inside the folder verifies everything else in it.
/// </summary>
internal static class Manifest
{
    public const string FileName = "manifest.sha256";

    public static void Write(string runFolder)
    {
        var lines = new StringBuilder();
        var files = Directory.EnumerateFiles(runFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(runFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != FileName)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            lines.Append(Line(EvidenceStore.Sha256Of(Path.Combine(runFolder, file)), file));
        }

        File.WriteAllText(Path.Combine(runFolder, FileName), lines.ToString(), new UTF8Encoding(false));
    }

    /// <summary>A line as sha256sum writes it; names with a backslash or newline are escaped and the line marked with a leading backslash.</summary>
    private static string Line(string hash, string name)
    {
        if (!name.Contains('\\', StringComparison.Ordinal) && !name.Contains('\n', StringComparison.Ordinal))
        {
            return $"{hash}  {name}\n";
        }

        var escaped = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return $"\\{hash}  {escaped}\n";
    }
}
