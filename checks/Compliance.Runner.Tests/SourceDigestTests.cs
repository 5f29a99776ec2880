using System.Diagnostics;
using Compliance.Core;

namespace Compliance.Runner.Tests;

/// <summary>
/// run-checks.sh rebuilds when tools/source-digest.sh changes its answer: any edited input of the build (an embedded
/// probe script, a data file, a source) changes it; build outputs, test projects and a touched but unchanged file do not.
/// </summary>
public sealed class SourceDigestTests
{
    private string tree = null!;

    [SetUp]
    public void CreateTree()
    {
        tree = Directory.CreateTempSubdirectory("digest-").FullName;
        Write("checks/Compliance.Probes/Network/Scripts/tcpscan.py", "print('scan')\n");
        Write("checks/Compliance.Controls/Data/dangerous-commands.yaml", "commands: []\n");
        Write("checks/Compliance.Controls/Check.cs", "class C {}\n");
        Write("checks/Compliance.Controls/bin/Release/out.dll", "built");
        Write("checks/Compliance.Controls.Tests/T.cs", "class T {}\n");
        Write("Directory.Build.props", "<Project />\n");
    }

    [TearDown]
    public void DeleteTree() => Directory.Delete(tree, recursive: true);

    [TestCase("checks/Compliance.Probes/Network/Scripts/tcpscan.py")]
    [TestCase("checks/Compliance.Controls/Data/dangerous-commands.yaml")]
    [TestCase("checks/Compliance.Controls/Check.cs")]
    [TestCase("Directory.Build.props")]
    public async Task An_edited_input_of_the_build_changes_the_digest(string input)
    {
        var before = await DigestAsync();
        File.AppendAllText(Path.Combine(tree, input), "# edited\n");

        Assert.That(await DigestAsync(), Is.Not.EqualTo(before));
    }

    [Test]
    public async Task An_added_or_renamed_input_changes_the_digest()
    {
        var before = await DigestAsync();
        File.Move(Path.Combine(tree, "checks/Compliance.Controls/Check.cs"), Path.Combine(tree, "checks/Compliance.Controls/Other.cs"));
        var renamed = await DigestAsync();
        Write("checks/Compliance.Probes/Network/Scripts/udpscan.py", "print('udp')\n");

        Assert.That(new[] { renamed, await DigestAsync() }, Has.None.EqualTo(before).And.Unique);
    }

    [Test]
    public async Task Build_outputs_test_projects_and_touching_do_not_change_the_digest()
    {
        var before = await DigestAsync();
        File.AppendAllText(Path.Combine(tree, "checks/Compliance.Controls/bin/Release/out.dll"), "rebuilt");
        File.AppendAllText(Path.Combine(tree, "checks/Compliance.Controls.Tests/T.cs"), "// more\n");
        File.SetLastWriteTimeUtc(Path.Combine(tree, "checks/Compliance.Controls/Check.cs"), DateTime.UtcNow.AddMinutes(5));

        Assert.That(await DigestAsync(), Is.EqualTo(before));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(tree, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<string> DigestAsync()
    {
        var script = Path.Combine(RepositoryRoot.Above(TestContext.CurrentContext.TestDirectory)!, "tools", "source-digest.sh");
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true };
        foreach (var a in new[] { tree, "checks" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var digest = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        Assert.That((process.ExitCode, digest.Length), Is.EqualTo((0, 64)));
        return digest;
    }
}
