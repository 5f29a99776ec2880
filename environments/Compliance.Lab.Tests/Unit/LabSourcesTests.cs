using Compliance.Lab.Engine;

namespace Compliance.Lab.Tests.Unit;

/// <summary>The fingerprint of a lab's sources changes with anything built into its hosts and nothing else.</summary>
public sealed class LabSourcesTests
{
    private string folder = "";

    [SetUp]
    public void CopyLab()
    {
        folder = Directory.CreateTempSubdirectory("lab-sources-").FullName;
        foreach (var part in LabSources.Parts.Append("violations").Append("README.md"))
        {
            var source = Path.Combine(Support.LabFolder.Directory, part);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(folder, part));
            }
            else
            {
                foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(folder, Path.GetRelativePath(Support.LabFolder.Directory, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }
        }
    }

    [TearDown]
    public void RemoveCopy() => Directory.Delete(folder, recursive: true);

    [Test]
    public void A_copy_has_the_fingerprint_of_its_original() =>
        Assert.That(LabSources.Fingerprint(folder), Is.EqualTo(LabSources.Fingerprint(Support.LabFolder.Directory)).And.Length.EqualTo(64));

    [TestCase("hosts/ml01/etc/ssh/sshd_config")]
    [TestCase("scripts/fw-net.sh")]
    [TestCase("topology.yaml")]
    public void Changing_a_file_built_into_the_lab_changes_the_fingerprint(string file)
    {
        var before = LabSources.Fingerprint(folder);
        File.AppendAllText(Path.Combine(folder, file), "\n# changed\n");
        Assert.That(LabSources.Fingerprint(folder), Is.Not.EqualTo(before));
    }

    [Test, System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_new_host_file_or_a_changed_mode_changes_the_fingerprint()
    {
        var before = LabSources.Fingerprint(folder);
        var added = Path.Combine(folder, "hosts", "proxy", "etc", "extra.conf");
        File.WriteAllText(added, "x\n");
        var withFile = LabSources.Fingerprint(folder);
        File.SetUnixFileMode(added, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.That(new[] { withFile, LabSources.Fingerprint(folder) }, Is.Unique.And.Not.Contains(before));
    }

    [Test]
    public void Scenarios_and_documentation_are_not_part_of_the_build()
    {
        var before = LabSources.Fingerprint(folder);
        File.AppendAllText(Path.Combine(folder, "violations", "network.yaml"), "\n# changed\n");
        File.AppendAllText(Path.Combine(folder, "README.md"), "\nchanged\n");
        Assert.That(LabSources.Fingerprint(folder), Is.EqualTo(before));
    }
}
