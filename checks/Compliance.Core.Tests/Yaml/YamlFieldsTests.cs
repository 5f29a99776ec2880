using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Yaml;

namespace Compliance.Core.Tests.Yaml;

public class YamlFieldsTests
{
    private static YamlFields Read(string text, params string[] allowed) => new("f.yaml", YamlTree.Parse("f.yaml", text), string.Empty, allowed);

    private static string Fails(Action read) => Assert.Throws<InputException>(() => read())!.Message;

    [Test]
    public void An_unknown_key_is_rejected_at_the_key_with_the_allowed_keys() =>
        Assert.That(Fails(() => Read("name: x\nnmae: y\n", "name", "kind")), Is.EqualTo("f.yaml:2:1: nmae: unknown field (allowed: name, kind)"));

    [Test]
    public void An_unknown_key_may_be_rejected_without_listing_the_allowed_keys() =>
        Assert.That(
            Fails(() => _ = new YamlFields("f.yaml", YamlTree.Parse("f.yaml", "name: x\nnmae: y\n"), string.Empty, ["name"], listAllowed: false)),
            Is.EqualTo("f.yaml:2:1: nmae: unknown field"));

    [Test]
    public void A_missing_required_field_is_reported_at_its_mapping()
    {
        var root = Read("outer:\n  - inner:\n      a: 1\n", "outer");
        var item = new YamlFields(root.File, root.List("outer")[0], "outer[0]", "inner");
        var inner = new YamlFields(item.File, item.Node("inner"), item.Field("inner"), "a", "b");
        Assert.That(Fails(() => inner.Text("b")), Is.EqualTo("f.yaml:3:7: outer[0].inner.b: missing required field"));
    }

    [TestCase("a:\n", "f.yaml:1:3: a: must not be empty")]
    [TestCase("a: ''\n", "f.yaml:1:4: a: must not be empty")]
    [TestCase("a: ~\n", "f.yaml:1:4: a: must not be empty")]
    [TestCase("a: [x]\n", "f.yaml:1:4: a: must be a value, found a list")]
    public void An_empty_or_non_scalar_required_value_is_rejected(string text, string message) =>
        Assert.That(Fails(() => Read(text, "a").Text("a")), Is.EqualTo(message));

    [Test]
    public void An_optional_field_may_be_absent()
    {
        var fields = Read("a: 1\n", "a", "b", "c");
        Assert.That(fields.Text("a"), Is.EqualTo("1"));
        Assert.That(fields.OptionalText("b"), Is.Null);
        Assert.That(fields.OptionalList("c"), Is.Empty);
    }

    [Test]
    public void An_empty_list_is_refused_where_one_item_is_required() =>
        Assert.That(Fails(() => Read("a: []\n", "a").NonEmptyList("a")), Is.EqualTo("f.yaml:1:4: a: must not be empty"));

    [Test]
    public void Dates_must_be_written_year_month_day()
    {
        var fields = Read("good: 2027-01-31\nbad: 31.01.2027\n", "good", "bad");
        Assert.That(fields.Date("good"), Is.EqualTo(new DateOnly(2027, 1, 31)));
        Assert.That(Fails(() => fields.Date("bad")), Is.EqualTo("f.yaml:2:6: bad: '31.01.2027' is not a date (YYYY-MM-DD)"));
    }

    [TestCase("NotApplicable")]
    [TestCase("not-applicable")]
    [TestCase("NOT_APPLICABLE")]
    public void Enums_are_written_in_snake_case_and_nothing_else_is_accepted(string bad)
    {
        var fields = Read($"good: not_applicable\nbad: {bad}\n", "good", "bad");
        Assert.That(fields.Enum<Outcome>("good"), Is.EqualTo(Outcome.NotApplicable));
        Assert.That(
            Fails(() => fields.Enum<Outcome>("bad")),
            Is.EqualTo($"f.yaml:2:6: bad: '{bad}' is not one of: passed, failed, not_verified, waived, not_applicable, attested, planned"));
    }
}
