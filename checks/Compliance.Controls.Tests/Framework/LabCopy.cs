using Compliance.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Controls.Tests.Framework;

/// <summary>A throwaway copy of the lab's environment folder whose expected sections a test may rewrite.</summary>
internal sealed class LabCopy : IDisposable
{
    public LabCopy()
    {
        var lab = Path.Combine(RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory), "environments", "lab");
        Directory = Path.Combine(Path.GetTempPath(), "lab-copy-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in System.IO.Directory.EnumerateFiles(lab, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(lab, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    /// <summary>The file of an expected section (<c>expected/NAME.yaml</c>) or, for <c>null</c>, <c>inventory.yaml</c>.</summary>
    public string FileOf(string? section) => section is null ? Path.Combine(Directory, "inventory.yaml") : Path.Combine(Directory, "expected", section + ".yaml");

    /// <summary>Replaces the value of the top-level <paramref name="field"/> of a section's file (adding it when absent).</summary>
    public void Set(string? section, string field, YamlNode value)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(FileOf(section)))
        {
            stream.Load(reader);
        }

        ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode(field)] = value;
        using var writer = new StreamWriter(FileOf(section));
        stream.Save(writer, assignAnchors: false);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
