using Compliance.Core.Catalog;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>The shipped catalog and checks agree: every active automated policy is checked, and no check names an unknown policy.</summary>
public class CatalogCoverageTests
{
    [Test]
    public void Every_active_policy_has_its_check_and_every_check_names_a_known_policy()
    {
        var catalog = PolicyCatalogLoader.Load(RepositoryPolicies.Directory);
        var checks = CodeInventory.Checks();
        TestContext.Out.WriteLine($"{catalog.Policies.Count} policies, {checks.Count} checks");
        foreach (var planned in catalog.Policies.Where(p => p.Status == PolicyStatus.Planned && checks.Any(c => c.ControlId == p.Id)))
        {
            TestContext.Out.WriteLine($"{planned.Id} is planned but already has checks: it can become active");
        }

        Assert.That(CatalogCoverage.Problems(catalog, checks), Is.Empty);
    }

    [Test]
    public void Every_manual_policy_is_attested_rather_than_checked()
    {
        var catalog = PolicyCatalogLoader.Load(RepositoryPolicies.Directory);
        var manual = catalog.Policies.Where(p => p.Kind == PolicyKind.Manual).Select(p => p.Id).ToHashSet();
        Assert.That(manual, Is.Not.Empty);
        Assert.That(CodeInventory.Checks().Where(c => manual.Contains(c.ControlId)), Is.Empty);
    }

    [Test]
    public void Every_check_class_can_be_created_and_names_a_policy_id()
    {
        Assert.That(CodeInventory.Checks().Where(c => !PolicyIdentifiers.IsPolicyId(c.ControlId)), Is.Empty);
    }
}
