using System.Security.Cryptography;

namespace Compliance.Reports.Folder;

/// <summary>Copies extra files (attestation evidence and the like) into <c>evidence/</c> of a run folder under unique names.</summary>
internal static class EvidenceStore
{
    public const string FolderName = "evidence";

    public static IReadOnlyList<StoredEvidence> Copy(IReadOnlyList<string> files, string runFolder)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var target = Directory.CreateDirectory(Path.Combine(runFolder, FolderName));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var stored = new List<StoredEvidence>();
        foreach (var source in files)
        {
            var name = UniqueName(Path.GetFileName(source), taken);
            var destination = Path.Combine(target.FullName, name);
            File.Copy(source, destination);
            stored.Add(new StoredEvidence(source, FolderName + "/" + name, Sha256Of(destination)));
        }

        return stored;
    }

    /// <summary>The stored copy of an attestation's evidence file (a path relative to the environment folder), or null.</summary>
    public static StoredEvidence? Find(IReadOnlyList<StoredEvidence> stored, string evidenceFile)
    {
        if (string.IsNullOrWhiteSpace(evidenceFile))
        {
            return null;
        }

        var wanted = evidenceFile.Replace('\\', '/').TrimStart('.', '/');
        return stored.FirstOrDefault(s => s.SourcePath.Replace('\\', '/').EndsWith("/" + wanted, StringComparison.Ordinal)
                                          || s.SourcePath.Replace('\\', '/') == wanted);
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        if (string.IsNullOrEmpty(name) || name is "." or "..")
        {
            name = "file";
        }

        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }

        return candidate;
    }
}
