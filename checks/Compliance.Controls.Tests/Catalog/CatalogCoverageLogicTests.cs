using Compliance.Core.Catalog;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>The coverage logic on a synthetic catalog: it finds each kind of gap and accepts planned and manual policies without checks.</summary>
public class CatalogCoverageLogicTests
{
    private static Policy Policy(string id, PolicyKind kind = PolicyKind.Automated, PolicyStatus status = PolicyStatus.Active) =>
        new(id, id.Split('-')[0], "t", "s", "q", "r", Severity.High, ["A.8.20"], ["SC-7"], kind, status, "test.yaml");

    private static readonly PolicyCatalog Catalog = new([
        Policy("NET-07"),
        Policy("NET-08", status: PolicyStatus.Planned),
        Policy("PHY-01", PolicyKind.Manual),
    ]);

    [Test]
    public void A_fully_covered_catalog_has_no_problems()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07")], [new("SecureZoneIsClosed", "NET-07")]);
        Assert.That(problems, Is.Empty, "planned NET-08 and manual PHY-01 need no check");
    }

    [Test]
    public void An_active_automated_policy_without_a_check_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [], []);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "NET-07: active automated policy has no check class with ControlId \"NET-07\" and a suite test of the same name with [Control(\"NET-07\")]",
        }));
    }

    [Test]
    public void A_check_without_its_suite_test_leaves_the_policy_uncovered()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07")], []);
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.StartsWith("NET-07: active automated policy has no check"));
        Assert.That(problems, Has.Some.EqualTo("SecureZoneIsClosed: check has no test of the same name in Compliance.Checks"));
    }

    [Test]
    public void A_check_naming_an_unknown_policy_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07"), new("Stray", "NET-99")], [new("SecureZoneIsClosed", "NET-07"), new("Stray", "NET-99")]);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "Stray: check names unknown policy \"NET-99\"",
            "Stray: suite test names unknown policy \"NET-99\"",
        }));
    }

    [Test]
    public void A_test_whose_control_differs_from_its_check_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07")], [new("SecureZoneIsClosed", "NET-08")]);
        Assert.That(problems, Has.Some.EqualTo("SecureZoneIsClosed: test carries [Control(\"NET-08\")] but the check's ControlId is \"NET-07\""));
        Assert.That(problems, Has.Some.StartsWith("NET-07: active automated policy has no check"));
    }

    [Test]
    public void A_suite_test_without_a_check_class_or_control_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07")], [new("SecureZoneIsClosed", "NET-07"), new("Orphan", null)]);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "Orphan: suite test carries no [Control]",
            "Orphan: suite test has no check class of the same name in Compliance.Controls",
        }));
    }

    [Test]
    public void A_check_of_a_manual_policy_is_reported()
    {
        var problems = CatalogCoverage.Problems(
            Catalog,
            [new("SecureZoneIsClosed", "NET-07"), new("DoorIsLocked", "PHY-01")],
            [new("SecureZoneIsClosed", "NET-07"), new("DoorIsLocked", "PHY-01")]);
        Assert.That(problems, Is.EqualTo(new[] { "DoorIsLocked: check names PHY-01, a manual policy (manual policies are attested)" }));
    }
}
