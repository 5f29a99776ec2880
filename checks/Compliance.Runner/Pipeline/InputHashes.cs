using System.Security.Cryptography;
using System.Text;
using Compliance.Core.Inventory;
using Compliance.Core.Results;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// The hashes of a run's inputs: the policy catalog, every input file of the environment folder (inventory, expected
/// state, waivers, attestations) and, for a lab built from a topology, the lab's own files (what <c>lab up</c> builds from)
/// and its recorded Microsoft Graph tenant.
/// </summary>
public static class InputHashes
{
    private static readonly string[] EnvironmentFiles = [InventoryLoader.InventoryFile, "waivers.yaml", "attestations.yaml"];
    private static readonly string[] LabSources = ["topology.yaml", "packages.txt", "debconf.txt", "scripts", "common", "hosts", "fixtures"];

    /// <summary>The hashes, catalog first, then the environment's files in name order, then the lab's files.</summary>
    public static IReadOnlyList<InputHash> Of(string policiesDirectory, string environmentDirectory)
    {
        var hashes = new List<InputHash> { new("catalog (policies/)", OfTree(policiesDirectory, ["."])) };
        var files = EnvironmentFiles.Where(f => File.Exists(Path.Combine(environmentDirectory, f))).ToList();
        var expected = Path.Combine(environmentDirectory, InventoryLoader.ExpectedFolder);
        if (Directory.Exists(expected))
        {
            files.AddRange(Directory.GetFiles(expected, "*.yaml").Select(f => Path.GetRelativePath(environmentDirectory, f).Replace('\\', '/')));
        }

        hashes.AddRange(files.Order(StringComparer.Ordinal).Select(f => new InputHash(f, OfFile(Path.Combine(environmentDirectory, f)))));
        if (File.Exists(Path.Combine(environmentDirectory, "topology.yaml")))
        {
            hashes.Add(new InputHash($"lab files ({string.Join(", ", LabSources)})", OfTree(environmentDirectory, LabSources)));
        }

        if (Directory.Exists(Path.Combine(environmentDirectory, "tenant")))
        {
            hashes.Add(new InputHash("recorded tenant (tenant/)", OfTree(environmentDirectory, ["tenant"])));
        }

        return hashes;
    }

    private static string OfFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>SHA-256 over the relative name and content of every file under the given entries of <paramref name="root"/>, in name order.</summary>
    private static string OfTree(string root, IEnumerable<string> entries)
    {
        var files = new List<string>();
        foreach (var entry in entries)
        {
            var path = Path.GetFullPath(Path.Combine(root, entry));
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories));
            }
        }

        return OfNamedFiles(root, files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    /// <summary>SHA-256 over each file's name (relative to <paramref name="root"/>) and content, in the order given.</summary>
    public static string OfNamedFiles(string root, IEnumerable<string> relativeNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in relativeNames)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, name)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
