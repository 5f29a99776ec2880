using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

/// <summary>
/// The production template: with every CHANGE- marker removed it loads strictly (every expected section), and any one
/// value left marked is refused at its own file, line and column.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ProductionTemplateInventoryTests
{
    [Test]
    public void With_every_marker_removed_the_template_loads_strictly_with_every_expected_section()
    {
        using var copy = new FilledTemplate();

        var inventory = InventoryLoader.Load(copy.Directory);

        var sections = Directory.GetFiles(Path.Combine(FilledTemplate.Template, "expected"), "*.yaml").Length;
        Assert.That(inventory.Kind, Is.EqualTo(EnvironmentKind.Production));
        Assert.That(sections, Is.GreaterThan(10), "the template writes every section of the expected state");
        Assert.That(inventory.Hosts.Select(h => h.Address), Has.All.StartWith("192.0.2.").Or.StartWith("198.51.100.").Or.StartWith("203.0.113."), "documentation ranges only");
    }

    [Test]
    public void The_template_marks_values_in_every_file_a_user_must_fill()
    {
        foreach (var file in new[] { "inventory.yaml", "waivers.yaml", "attestations.yaml", "expected/graph.yaml", "expected/egress.yaml" })
        {
            Assert.That(File.ReadAllText(Path.Combine(FilledTemplate.Template, file)), Does.Contain(FilledTemplate.Marker), file);
        }
    }

    [TestCase("inventory.yaml", "CHANGE-192.0.2.0/25", TestName = "A segment CIDR left marked is refused at its position")]
    [TestCase("inventory.yaml", "CHANGE-192.0.2.148", TestName = "An address left marked is refused at its position")]
    [TestCase("inventory.yaml", "\"SHA256:CHANGE-gateway-host-key-fingerprint\"", TestName = "A host-key fingerprint left marked is refused at its position")]
    [TestCase("expected/graph.yaml", "CHANGE-00000000-0000-0000-0000-000000000000", TestName = "A tenant ID left marked is refused at its position")]
    public void One_value_left_marked_is_refused_at_its_file_line_and_column(string file, string value)
    {
        using var copy = new FilledTemplate(file, value);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(copy.Directory))!;

        Assert.That(e.File, Is.EqualTo(Path.Combine(copy.Directory, file)));
        Assert.That((e.Line, e.Column), Is.EqualTo(copy.KeptAt), e.Message);
        Assert.That(e.Problem, Does.Contain("is still marked CHANGE"));
    }
}
