using System.Text;

namespace Compliance.Reports.Folder;

/// <summary>
/// Writes <c>manifest.sha256</c>: one <c>sha256sum</c> line per file of the run folder (relative paths, sorted),
/// so <c>sha256sum -c manifest.sha256</c> run inside the folder verifies everything else in it.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.sha256";

    public static void Write(string runFolder)
    {
        var lines = new StringBuilder();
        foreach (var file in FilesOf(runFolder).Where(f => f != FileName))
        {
            lines.Append(Line(EvidenceStore.Sha256Of(Path.Combine(runFolder, file)), file));
        }

        File.WriteAllText(Path.Combine(runFolder, FileName), lines.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Every file of the run folder (relative, '/'-separated, in ordinal order).</summary>
    public static IEnumerable<string> FilesOf(string runFolder) =>
        Directory.EnumerateFiles(runFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(runFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The hash and the name of one manifest line (the inverse of <see cref="Line"/>).</summary>
    public static (string Hash, string Name) ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var escaped = line.StartsWith('\\');
        var body = escaped ? line[1..] : line;
        var hash = body[..64];
        var name = body[66..];
        if (!escaped)
        {
            return (hash, name);
        }

        var plain = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            plain.Append(name[i] == '\\' && i + 1 < name.Length ? (name[++i] == 'n' ? '\n' : name[i]) : name[i]);
        }

        return (hash, plain.ToString());
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
