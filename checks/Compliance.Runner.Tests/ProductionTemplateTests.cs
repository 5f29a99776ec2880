using Compliance.Core;
using Compliance.Core.Outcomes;
using Compliance.Runner.Tests.Support;

namespace Compliance.Runner.Tests;

/// <summary>
/// The production template as a new user copies it: unchanged, it is refused before anything connects (every value of
/// the environment is marked CHANGE); with every marker removed, it is a valid environment that loads strictly.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ProductionTemplateTests
{
    private static string Template => Path.Combine(RepositoryRoot.Require(AppContext.BaseDirectory), "environments", "production.example");

    [Test]
    public async Task The_unchanged_template_is_refused_naming_the_first_value_left_to_replace_and_writes_no_report()
    {
        using var repository = new TestRepository();
        var harness = RunnerHarness.WithFakeTransports(repository);

        var exit = await harness.RunArgumentsAsync("run", "--env", Template, "--report-dir", repository.Reports);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(harness.Error.ToString(), Does.Match(@"^error: \S+/production\.example/inventory\.yaml:\d+:\d+: \S+: '[^']*CHANGE[^']*' is still marked CHANGE"));
        Assert.That(Directory.Exists(repository.Reports), Is.False, "no report that looks like a result");
        Assert.That(harness.Console.Output, Does.Not.Contain("Running"), "no check started");
    }

    [Test]
    public void With_every_marker_removed_the_template_loads_strictly()
    {
        var copy = Directory.CreateTempSubdirectory("template-filled-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Template, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Template, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, File.ReadAllText(file).Replace("CHANGE-", "", StringComparison.Ordinal));
            }

            // The credential files the template names must exist and be private; empty files stand for them here.
            foreach (var key in new[] { "keys/compliance_ed25519", "keys/forwarding-test_ed25519", "keys/graph-app.pem" })
            {
                var path = Path.Combine(copy, key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "");
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var inventory = Compliance.Core.Inventory.InventoryLoader.Load(copy);

            Assert.That(inventory.Kind, Is.EqualTo(Compliance.Core.Inventory.EnvironmentKind.Production));
            Assert.That(inventory.Hosts.Select(h => h.Address), Has.All.StartWith("192.0.2.").Or.StartWith("198.51.100.").Or.StartWith("203.0.113."), "documentation ranges only");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
