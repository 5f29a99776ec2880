using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;
using Compliance.Core.Yaml;

namespace Compliance.Core.Tests.Yaml;

public class YamlFileTests
{
    private static InputException Fails(string text, Action<YamlMap> read)
    {
        var ex = Assert.Throws<InputException>(() =>
        {
            var map = YamlFile.Parse("f.yaml", text)!.AsMap();
            read(map);
        });
        return ex!;
    }

    [Test]
    public void A_duplicate_key_is_rejected_at_its_second_occurrence()
    {
        var ex = Fails("a:\n  b: 1\n  c: 2\n  b: 3\n", _ => { });
        Assert.That(ex.Message, Is.EqualTo("f.yaml:4:3: a.b: duplicate key (first at line 2)"));
    }

    [Test]
    public void A_duplicate_key_inside_a_list_item_names_the_item()
    {
        var ex = Fails("items:\n  - x: 1\n  - x: 1\n    x: 2\n", _ => { });
        Assert.That(ex.Message, Is.EqualTo("f.yaml:4:5: items[1].x: duplicate key (first at line 3)"));
    }

    [Test]
    public void The_same_key_in_sibling_mappings_is_not_a_duplicate()
    {
        var map = YamlFile.Parse("f.yaml", "a: {x: 1}\nb: {x: 2}\n")!.AsMap();
        Assert.That(map.RequiredMap("b").RequiredText("x"), Is.EqualTo("2"));
    }

    [Test]
    public void A_syntax_error_names_its_position()
    {
        var ex = Assert.Throws<InputException>(() => YamlFile.Parse("f.yaml", "a: [1, 2\nb: 3\n"));
        Assert.That(ex!.Message, Does.StartWith("f.yaml:"));
        Assert.That(ex.Field, Is.EqualTo("(syntax)"));
        Assert.That(ex.Line, Is.GreaterThan(0));
    }

    [Test]
    public void A_mapping_value_in_the_wrong_place_is_a_syntax_error_at_its_position()
    {
        var ex = Assert.Throws<InputException>(() => YamlFile.Parse("f.yaml", "a: 1\nb: c: d\n"));
        Assert.That(ex!.Message, Does.StartWith("f.yaml:2:5: (syntax): "));
    }

    [Test]
    public void A_second_document_is_rejected()
    {
        var ex = Assert.Throws<InputException>(() => YamlFile.Parse("f.yaml", "a: 1\n---\nb: 2\n"));
        Assert.That(ex!.Message, Is.EqualTo("f.yaml:3:1: (root): the file must hold a single YAML document"));
    }

    [Test]
    public void An_unknown_key_is_rejected_at_the_key()
    {
        var ex = Fails("name: x\nnmae: y\n", map =>
        {
            map.RequiredText("name");
            map.RejectUnknownKeys();
        });
        Assert.That(ex.Message, Is.EqualTo("f.yaml:2:1: nmae: unknown field"));
    }

    [Test]
    public void A_missing_required_field_is_reported_at_its_mapping()
    {
        var ex = Fails("outer:\n  - inner:\n      a: 1\n", map => map.RequiredMapList("outer")[0].RequiredMap("inner").RequiredText("b"));
        Assert.That(ex.Message, Is.EqualTo("f.yaml:3:7: outer[0].inner.b: missing required field"));
    }

    [TestCase("a:\n", "f.yaml:1:3: a: must not be empty")]
    [TestCase("a: ''\n", "f.yaml:1:4: a: must not be empty")]
    [TestCase("a: ~\n", "f.yaml:1:4: a: must not be empty")]
    [TestCase("a: [x]\n", "f.yaml:1:4: a: expected a single value, found a list")]
    public void An_empty_or_non_scalar_required_value_is_rejected(string text, string message)
    {
        var ex = Fails(text, map => map.RequiredText("a"));
        Assert.That(ex.Message, Is.EqualTo(message));
    }

    [Test]
    public void An_optional_field_may_be_absent()
    {
        var map = YamlFile.Parse("f.yaml", "a: 1\n")!.AsMap();
        Assert.That(map.RequiredText("a"), Is.EqualTo("1"));
        Assert.That(map.OptionalText("b"), Is.Null);
        Assert.That(map.OptionalTextList("c"), Is.Empty);
        Assert.That(map.OptionalMap("d"), Is.Null);
        Assert.DoesNotThrow(() => map.RejectUnknownKeys(), "absent optional fields are not unknown");
    }

    [Test]
    public void Dates_must_be_written_year_month_day()
    {
        var map = YamlFile.Parse("f.yaml", "good: 2027-01-31\nbad: 31.01.2027\n")!.AsMap();
        Assert.That(map.RequiredDate("good"), Is.EqualTo(new DateOnly(2027, 1, 31)));
        var ex = Assert.Throws<InputException>(() => map.RequiredDate("bad"));
        Assert.That(ex!.Message, Is.EqualTo("f.yaml:2:6: bad: '31.01.2027' is not a date (YYYY-MM-DD)"));
    }

    [Test]
    public void Enums_are_written_in_snake_case_and_nothing_else_is_accepted()
    {
        var map = YamlFile.Parse("f.yaml", "good: not_applicable\nbad: NotApplicable\n")!.AsMap();
        Assert.That(map.RequiredEnum<Outcomes.Outcome>("good"), Is.EqualTo(Outcomes.Outcome.NotApplicable));
        var ex = Assert.Throws<InputException>(() => map.RequiredEnum<Outcomes.Outcome>("bad"));
        Assert.That(ex!.Message, Is.EqualTo("f.yaml:2:6: bad: 'NotApplicable' is not one of: passed, failed, not_verified, waived, not_applicable, attested"));
    }

    [Test]
    public void A_missing_file_is_bad_input()
    {
        var ex = Assert.Throws<InputException>(() => YamlFile.Load("/nonexistent/x.yaml"));
        Assert.That(ex!.Message, Is.EqualTo("/nonexistent/x.yaml: file not found"));
    }

    [Test]
    public void An_empty_file_is_an_empty_mapping()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.yaml", "# nothing yet\n");
        Assert.That(YamlFile.LoadMap(path).Keys, Is.Empty);
    }
}
