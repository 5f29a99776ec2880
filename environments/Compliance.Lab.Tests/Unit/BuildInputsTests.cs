using Compliance.Lab.Engine;
using Compliance.Lab.Tests.Support;

namespace Compliance.Lab.Tests.Unit;

/// <summary>
/// <c>lab</c> rebuilds its engine when the fingerprint of <c>build-inputs.sh</c> differs from the one of the last build:
/// it changes with every file the build reads (sources, embedded resources, referenced projects, central settings) and
/// with nothing the build writes.
/// </summary>
public sealed class BuildInputsTests
{
    private string root = "";

    [SetUp]
    public void CreateRepository()
    {
        root = Directory.CreateTempSubdirectory("lab-build-inputs-").FullName;
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write("global.json", "{}");
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\Lib\Lib.csproj" />
                <EmbeddedResource Include="Resources/banner.txt" />
              </ItemGroup>
            </Project>
            """);
        Write("App/Program.cs", "return 0;");
        Write("App/Resources/banner.txt", "lab");
        Write("Lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        Write("Lib/Names.cs", "class Names {}");
        Write("Lib/hosts.json", "[]");
    }

    [TearDown]
    public void RemoveRepository() => Directory.Delete(root, recursive: true);

    [TestCase("App/Resources/banner.txt", TestName = "An edited embedded resource leads to a rebuild")]
    [TestCase("App/Program.cs", TestName = "An edited source file leads to a rebuild")]
    [TestCase("Lib/Names.cs", TestName = "An edited file of a referenced project leads to a rebuild")]
    [TestCase("Lib/hosts.json", TestName = "An edited content file of a referenced project leads to a rebuild")]
    [TestCase("Directory.Packages.props", TestName = "Edited central package versions lead to a rebuild")]
    [TestCase("global.json", TestName = "An edited global.json leads to a rebuild")]
    public async Task Editing_an_input_changes_the_fingerprint(string file)
    {
        var before = await FingerprintAsync();

        File.AppendAllText(Path.Combine(root, file), "\n ");

        Assert.That(await FingerprintAsync(), Is.Not.EqualTo(before).And.Length.EqualTo(64));
    }

    [Test]
    public async Task A_new_file_in_the_project_leads_to_a_rebuild()
    {
        var before = await FingerprintAsync();

        Write("App/Resources/second.txt", "x");

        Assert.That(await FingerprintAsync(), Is.Not.EqualTo(before));
    }

    [Test]
    public async Task What_the_build_writes_does_not_lead_to_a_rebuild()
    {
        var before = await FingerprintAsync();

        Write("App/bin/Release/net10.0/App.dll", "built");
        Write("App/obj/project.assets.json", "{}");
        Write("Lib/obj/Release/Lib.AssemblyInfo.cs", "// generated");

        Assert.That(await FingerprintAsync(), Is.EqualTo(before));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<string> FingerprintAsync()
    {
        var result = await Shell.RunAsync(["bash", Path.Combine(LabFolder.Directory, "..", "..", "tools", "build-inputs.sh"), Path.Combine(root, "App", "App.csproj")],
            new LabContext(root, "x"), TimeSpan.FromSeconds(30));
        Assert.That(result.Succeeded, Is.True, result.Output);
        return result.Output.Trim();
    }
}
