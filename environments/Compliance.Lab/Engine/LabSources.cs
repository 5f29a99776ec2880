using System.Security.Cryptography;
using System.Text;

namespace Compliance.Lab.Engine;

/// <summary>
/// The files a lab instance is built from (topology, packages, scripts, common and per-host files, fixtures) as one
/// SHA-256 fingerprint. <c>up</c> keeps it in the instance's run directory; a lab built from other files is stale and is
/// rebuilt, so that checks never run against hosts that no longer match the lab's sources.
/// </summary>
public static class LabSources
{
    /// <summary>What the build reads (violation scenarios, the recorded tenant, the inventory and the README are not built into hosts).</summary>
    public static readonly IReadOnlyList<string> Parts = ["topology.yaml", "packages.txt", "common", "hosts", "scripts", "fixtures"];

    /// <summary>Paths, file modes and contents of every part, in a stable order.</summary>
    public static string Fingerprint(string labDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in Parts)
        {
            var path = Path.Combine(labDirectory, part);
            var files = File.Exists(path) ? [path]
                : Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : Enumerable.Empty<string>();
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                var link = info.LinkTarget;
                hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(labDirectory, file)}\0{(int)info.UnixFileMode}\0{link}\0"));
                if (link is null)
                {
                    hash.AppendData(File.ReadAllBytes(file));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string RecordPath(LabContext lab) => Path.Combine(lab.RunDirectory, "sources.sha256");

    /// <summary>True when the instance exists and was built (or is being built) from other files than <paramref name="fingerprint"/>.</summary>
    public static bool IsStale(LabContext lab, string fingerprint) =>
        Directory.Exists(lab.RunDirectory)
        && (!File.Exists(RecordPath(lab)) || File.ReadAllText(RecordPath(lab)).Trim() != fingerprint);

    /// <summary>Notes the sources the instance is being built from (before the build: an interrupted <c>up</c> is repaired in place).</summary>
    public static void Record(LabContext lab, string fingerprint)
    {
        Directory.CreateDirectory(lab.RunDirectory);
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(lab.RunDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(RecordPath(lab), fingerprint + "\n");
    }
}
