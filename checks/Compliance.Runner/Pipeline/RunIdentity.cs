using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Compliance.Core.Inventory;

namespace Compliance.Runner.Pipeline;

/// <summary>What identifies a run: its ID, the tool version, the git commit and the inventory hash.</summary>
public static class RunIdentity
{
    /// <summary>A run ID: UTC timestamp plus a short random suffix, e.g. <c>20261201T221500Z-3fa9</c>.</summary>
    public static string NewRunId(DateTimeOffset startedUtc) =>
        $"{startedUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";

    /// <summary>The runner's informational version.</summary>
    public static string ToolVersion() =>
        typeof(RunIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The repository's HEAD commit (with <c>-dirty</c> when the work tree has changes), or <c>unknown</c>.</summary>
    public static string GitCommit(string repositoryRoot)
    {
        var head = Git(repositoryRoot, "rev-parse", "HEAD");
        if (head is null)
        {
            return "unknown";
        }

        var status = Git(repositoryRoot, "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrEmpty(status) ? head : head + "-dirty";
    }

    /// <summary>SHA-256 over <c>inventory.yaml</c> and every <c>expected/*.yaml</c> (name and content, in name order).</summary>
    public static string InventorySha256(string environmentDirectory)
    {
        var files = new List<string> { InventoryLoader.InventoryFile };
        var expected = Path.Combine(environmentDirectory, InventoryLoader.ExpectedFolder);
        if (Directory.Exists(expected))
        {
            files.AddRange(Directory.GetFiles(expected, "*.yaml").Select(f => Path.GetRelativePath(environmentDirectory, f)).Order(StringComparer.Ordinal));
        }

        return InputHashes.OfNamedFiles(environmentDirectory, files);
    }

    private static string? Git(string root, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var p = Process.Start(info)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
