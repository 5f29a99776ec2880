using Compliance.Lab.Cli;
using Spectre.Console.Testing;

namespace Compliance.Lab.Tests.Unit;

/// <summary>The lab's command line: its verbs, generated help and exit codes for a command line that does not parse.</summary>
public sealed class CommandLineTests
{
    private TestConsole console = null!;

    [SetUp]
    public void CreateConsole() => console = new TestConsole();

    [TearDown]
    public void DisposeConsole() => console.Dispose();

    [Test]
    public async Task Without_a_verb_the_help_lists_every_verb_and_the_exit_code_is_2()
    {
        var code = await LabCommandLine.RunAsync([], console);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("up").And.Contain("down").And.Contain("status").And.Contain("exec <HOST>").And.Contain("list")
            .And.Contain("break <SCENARIO>").And.Contain("heal <SCENARIO>").And.Contain("plan").And.Contain("export"));
    }

    [Test]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        var code = await LabCommandLine.RunAsync(["frobnicate"], console);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("Unknown command 'frobnicate'"));
    }

    [TestCase("break")]
    [TestCase("heal")]
    [TestCase("exec")]
    public async Task A_verb_without_its_argument_is_a_usage_error(string verb)
    {
        var code = await LabCommandLine.RunAsync([verb], console);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("missing required argument"));
    }

    [Test]
    public async Task The_help_of_up_documents_its_option()
    {
        var code = await LabCommandLine.RunAsync(["up", "--help"], console);

        Assert.That(code, Is.Zero);
        Assert.That(console.Output, Does.Contain("--no-install"));
    }

    [Test]
    public async Task Breaking_an_unknown_scenario_exits_2()
    {
        var code = await LabCommandLine.RunAsync(["break", "no-such-scenario"], console);

        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task Export_pulumi_writes_the_program_into_the_folder_given()
    {
        var folder = Directory.CreateTempSubdirectory("lab-cli-export-").FullName;
        try
        {
            var code = await LabCommandLine.RunAsync(["export", "pulumi", folder], console);

            Assert.That(code, Is.Zero);
            Assert.That(new[] { "Pulumi.yaml", "Pulumi.lab.yaml" }.Select(f => File.Exists(Path.Combine(folder, f))), Is.All.True);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
