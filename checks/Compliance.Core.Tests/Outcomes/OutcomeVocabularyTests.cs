using Compliance.Core.Outcomes;

namespace Compliance.Core.Tests.Outcomes;

public sealed class OutcomeVocabularyTests
{
    [Test]
    public void Outcomes_are_ordered_worst_first_and_every_outcome_is_listed_once()
    {
        Assert.That(Outcome.WorstFirst, Is.EqualTo(new[]
        {
            Outcome.Failed, Outcome.NotVerified, Outcome.Waived, Outcome.Passed, Outcome.Attested, Outcome.NotApplicable, Outcome.Planned,
        }));
        Assert.That(Outcome.WorstFirst, Is.EquivalentTo(Enum.GetValues<Outcome>()));
        Assert.That(Outcome.WorstFirst.Select(o => o.Rank), Is.EqualTo(Enumerable.Range(0, 7)));
    }

    [Test]
    public void Checks_have_every_outcome_but_planned()
    {
        Assert.That(Outcome.OfChecks, Is.EqualTo(Outcome.WorstFirst.Where(o => o != Outcome.Planned)));
    }

    [TestCase(Outcome.Failed, "Failed", "failed", "o-failed")]
    [TestCase(Outcome.NotVerified, "Not verified", "not_verified", "o-not_verified")]
    [TestCase(Outcome.Waived, "Waived", "waived", "o-waived")]
    [TestCase(Outcome.Passed, "Passed", "passed", "o-passed")]
    [TestCase(Outcome.Attested, "Attested", "attested", "o-attested")]
    [TestCase(Outcome.NotApplicable, "Not applicable", "not_applicable", "o-not_applicable")]
    [TestCase(Outcome.Planned, "Planned", "planned", "o-planned")]
    public void Each_outcome_has_its_label_json_name_and_css_class(Outcome outcome, string label, string jsonName, string cssClass)
    {
        Assert.That((outcome.Label, outcome.JsonName, outcome.CssClass), Is.EqualTo((label, jsonName, cssClass)));
    }

    [TestCase(Outcome.Failed, ExpectedResult = JunitResult.Failure)]
    [TestCase(Outcome.NotVerified, ExpectedResult = JunitResult.Error)]
    [TestCase(Outcome.Waived, ExpectedResult = JunitResult.Skipped)]
    [TestCase(Outcome.NotApplicable, ExpectedResult = JunitResult.Skipped)]
    [TestCase(Outcome.Planned, ExpectedResult = JunitResult.Skipped)]
    [TestCase(Outcome.Passed, ExpectedResult = JunitResult.Pass)]
    [TestCase(Outcome.Attested, ExpectedResult = JunitResult.Pass)]
    public JunitResult JUnit_shows_failed_as_failure_not_verified_as_error_and_the_rest_skipped_or_passing(Outcome outcome) => outcome.Junit;

    [Test]
    public void Only_passed_waived_attested_and_not_applicable_count_as_compliant()
    {
        Assert.That(Outcome.WorstFirst.Where(o => o.IsCompliant),
            Is.EquivalentTo(new[] { Outcome.Passed, Outcome.Waived, Outcome.Attested, Outcome.NotApplicable }));
    }

    [Test]
    public void Not_verified_is_never_green()
    {
        Assert.That(Outcome.NotVerified.Colour, Is.Not.EqualTo("green").And.Not.EqualTo(Outcome.Passed.Colour));
    }

    [Test]
    public void Worst_of_outcomes_follows_the_order_and_is_null_for_none()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Outcome.Worst([Outcome.NotApplicable, Outcome.Passed, Outcome.Waived]), Is.EqualTo(Outcome.Waived));
            Assert.That(Outcome.Worst([Outcome.NotVerified, Outcome.Failed]), Is.EqualTo(Outcome.Failed));
            Assert.That(Outcome.Worst([Outcome.NotApplicable]), Is.EqualTo(Outcome.NotApplicable));
            Assert.That(Outcome.Worst([]), Is.Null);
        }
    }

    [Test]
    public void Every_outcome_has_its_own_one_character_symbol_and_reads_back_from_its_json_name()
    {
        Assert.That(Outcome.WorstFirst.Select(o => o.Symbol), Is.Unique.And.All.Length.EqualTo(1));
        Assert.That(Outcome.WorstFirst.Select(o => Outcome.FromJsonName(o.JsonName)), Is.EqualTo(Outcome.WorstFirst.Cast<Outcome?>()));
        Assert.That(Outcome.FromJsonName("green"), Is.Null);
    }
}
