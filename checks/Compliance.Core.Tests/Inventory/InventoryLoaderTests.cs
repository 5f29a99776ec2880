using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

public sealed class InventoryLoaderTests
{
    private static readonly Type[] Sections = [typeof(SampleProxyExpectation), typeof(SampleSudoExpectation)];

    [Test]
    public void Valid_environment_loads_hosts_segments_terminals_and_not_applicable()
    {
        using var env = new TempEnvironment();
        var inventory = InventoryLoader.Load(env.Directory, Sections);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inventory.Name, Is.EqualTo("test"));
            Assert.That(inventory.Kind, Is.EqualTo(EnvironmentKind.Lab));
            Assert.That(inventory.Segments.Select(s => s.Name), Is.EqualTo(new[] { "room", "secure" }));
            Assert.That(inventory.Host("ml01").Transport, Is.EqualTo(new TransportSettings("netns", Namespace: "lab-ml01")));
            Assert.That(inventory.Host("gateway").Address, Is.EqualTo("198.18.10.20"));
            Assert.That(inventory.Host("gateway").Transport.KeyFile, Is.EqualTo(Path.Combine(env.Directory, "keys", "id")));
            Assert.That(inventory.Host("gateway").Transport.Sudo, Is.True);
            Assert.That(inventory.Host("gateway").Transport.Port, Is.EqualTo(22));
            Assert.That(inventory.Terminals.Single().Mac, Is.EqualTo("02:5e:10:00:00:11"));
            Assert.That(inventory.NotApplicable.Single(), Is.EqualTo(new NotApplicableEntry("PHY-01", "no physical room in the lab")));
            Assert.That(inventory.Expected.Has<SampleProxyExpectation>(), Is.False);
        }
    }

    [Test]
    public void Expected_sections_bind_init_only_and_positional_records()
    {
        using var env = new TempEnvironment()
            .WithExpected("proxy", "allowed_domains: [pypi.example, github.example]\n")
            .WithExpected("sudo", "mode: report_only\nrules:\n  - {user: infra, commands: [/usr/bin/systemctl restart nginx], until: 2030-01-31}\n");
        var expected = InventoryLoader.Load(env.Directory, Sections).Expected;

        var proxy = expected.Get<SampleProxyExpectation>();
        var sudo = expected.Get<SampleSudoExpectation>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(proxy.AllowedDomains, Is.EqualTo(new[] { "pypi.example", "github.example" }));
            Assert.That(proxy.Port, Is.EqualTo(3128));
            Assert.That(proxy.Note, Is.Null);
            Assert.That(sudo.Mode, Is.EqualTo(SampleMode.ReportOnly));
            Assert.That(sudo.Rules.Single().Commands, Is.EquivalentTo(new[] { "/usr/bin/systemctl restart nginx" }));
            Assert.That(sudo.Rules.Single().Until, Is.EqualTo(new DateOnly(2030, 1, 31)));
        }
    }

    [Test]
    public void Sections_declared_in_core_are_discovered_without_naming_them()
    {
        using var env = new TempEnvironment();
        Assert.That(() => InventoryLoader.Load(env.Directory), Throws.Nothing);
    }
}
