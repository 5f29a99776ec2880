using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;
using Compliance.Core.Yaml;

namespace Compliance.Core.Tests.Yaml;

public class YamlTreeTests
{
    [TestCase("a:\n  b: 1\n  c: 2\n  b: 3\n", "f.yaml:4:3: a.b: duplicate key (first at line 2)", TestName = "A duplicate key is rejected at its second occurrence")]
    [TestCase("items:\n  - x: 1\n  - x: 1\n    x: 2\n", "f.yaml:4:5: items[1].x: duplicate key (first at line 3)", TestName = "A duplicate key inside a list item names the item")]
    [TestCase("? [a, b]\n: 1\n", "f.yaml:1:3: (document): keys must be plain values", TestName = "A key that is not a value is rejected")]
    [TestCase("a: 1\n---\nb: 2\n", "f.yaml:2:1: (document): only one YAML document is allowed", TestName = "A second document is rejected")]
    [TestCase("a: &x 1\nb: *x\n", "f.yaml:2:4: b: aliases are not supported", TestName = "An alias is rejected at its use")]
    public void Bad_yaml_is_rejected_with_position_and_field(string text, string message) =>
        Assert.That(Assert.Throws<InputException>(() => YamlTree.Parse("f.yaml", text))!.Message, Is.EqualTo(message));

    [Test]
    public void The_same_key_in_sibling_mappings_is_not_a_duplicate()
    {
        var root = (YamlMapping)YamlTree.Parse("f.yaml", "a: {x: 1}\nb: {x: 2}\n")!;
        Assert.That(((YamlScalar)((YamlMapping)root["b"]!)["x"]!).Value, Is.EqualTo("2"));
    }

    [TestCase("a: [1, 2\nb: 3\n")]
    [TestCase("a: {x: 1\n")]
    public void An_unclosed_flow_collection_is_a_syntax_error_at_a_position(string text)
    {
        var ex = Assert.Throws<InputException>(() => YamlTree.Parse("f.yaml", text))!;
        Assert.That(ex.Message, Does.StartWith("f.yaml:"));
        Assert.That(ex.Field, Is.EqualTo("(syntax)"));
        Assert.That(ex.Line, Is.GreaterThan(0));
    }

    [Test]
    public void A_mapping_value_in_the_wrong_place_is_a_syntax_error_at_its_position() =>
        Assert.That(() => YamlTree.Parse("f.yaml", "a: 1\nb: c: d\n"), Throws.TypeOf<InputException>().With.Message.StartWith("f.yaml:2:5: (syntax): "));

    [Test]
    public void Positions_are_one_based_line_and_column()
    {
        var root = (YamlMapping)YamlTree.Parse("f.yaml", "a:\n  - x\n  - y\n")!;
        var second = ((YamlSequence)root["a"]!).Items[1];
        Assert.That((second.Line, second.Column), Is.EqualTo((3, 5)));
    }

    [Test]
    public void A_missing_file_is_bad_input() =>
        Assert.That(Assert.Throws<InputException>(() => YamlTree.Read("/nonexistent/x.yaml"))!.Message, Is.EqualTo("/nonexistent/x.yaml: file not found"));

    [Test]
    public void A_file_without_a_document_reads_as_an_empty_mapping()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.yaml", "# nothing yet\n");
        Assert.That(YamlTree.Read(path), Is.Null);
        Assert.That(((YamlMapping)YamlTree.ReadOrEmpty(path)).Entries, Is.Empty);
    }
}
