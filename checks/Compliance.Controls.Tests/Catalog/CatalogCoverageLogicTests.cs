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
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07")]);
        Assert.That(problems, Is.Empty, "planned NET-08 and manual PHY-01 need no check");
    }

    [Test]
    public void An_active_automated_policy_without_a_check_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, []);
        Assert.That(problems, Is.EqualTo(new[] { "NET-07: active automated policy has no check class with ControlId \"NET-07\"" }));
    }

    [Test]
    public void A_check_naming_an_unknown_policy_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07"), new("Stray", "NET-99")]);
        Assert.That(problems, Is.EqualTo(new[] { "Stray: check names unknown policy \"NET-99\"" }));
    }

    [Test]
    public void A_check_of_a_manual_policy_is_reported()
    {
        var problems = CatalogCoverage.Problems(Catalog, [new("SecureZoneIsClosed", "NET-07"), new("DoorIsLocked", "PHY-01")]);
        Assert.That(problems, Is.EqualTo(new[] { "DoorIsLocked: check names PHY-01, a manual policy (manual policies are attested)" }));
    }
}
