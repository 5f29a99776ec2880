using Compliance.Controls.Tests.Catalog;
using Compliance.Core.Catalog;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// <c>docs/coverage.md</c> keeps up with the catalog, the checks and the scenarios: every requirement has its section, every
/// scenario and tenant variant is described where it belongs, and the document names no check or scenario that does not exist.
/// </summary>
public sealed class CoverageDocumentTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalogLoader.Load(RepositoryPolicies.Directory);

    [Test]
    public void Every_requirement_of_the_catalog_has_exactly_one_section_and_every_section_is_a_requirement()
    {
        var document = CoverageDocument.Load();
        var ids = Catalog.Policies.Select(p => p.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids.Except(document.SectionIds), Is.Empty, "requirements without a section");
            Assert.That(document.SectionIds.Except(ids), Is.Empty, "sections of requirements the catalog does not have");
            Assert.That(document.SectionIds.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "requirements with two sections");
        }
    }

    [Test]
    public void Every_section_opens_with_a_heading_that_names_its_requirement()
    {
        var document = CoverageDocument.Load();
        var wrong = document.Sections.Where(s => !s.Value.StartsWith($"## <a id=\"{s.Key}\"></a>{s.Key} ", StringComparison.Ordinal)).Select(s => s.Key);
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Every_lab_scenario_is_described_in_the_section_of_each_requirement_it_names_or_turns_red()
    {
        var document = CoverageDocument.Load();
        var (scenarios, _) = LabScenario.All();
        var expectations = ScenarioExpectations.All().ToDictionary(e => e.Scenario, StringComparer.Ordinal);
        var requirementOf = CheckCatalog.All().ToDictionary(c => c.CheckId, c => c.ControlId, StringComparer.Ordinal);
        Assert.That(scenarios, Is.Not.Empty);
        var missing = new List<string>();
        foreach (var scenario in scenarios)
        {
            var failed = expectations.TryGetValue(scenario.Name, out var e) ? e.Failed.Select(c => requirementOf.GetValueOrDefault(c, c)) : [];
            missing.AddRange(scenario.Requirements.Concat(failed).Distinct()
                .Where(r => !document.SectionNames(r, scenario.Name))
                .Select(r => $"{scenario.Name} is not described in the section of {r}"));
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_recorded_tenant_variant_is_described_in_the_coverage_document()
    {
        var document = CoverageDocument.Load();
        var (_, variants) = LabScenario.All();
        Assert.That(variants, Is.Not.Empty);
        Assert.That(variants.Where(v => !document.NamedScenarios.Contains(v)), Is.Empty);
    }

    [Test]
    public void Every_scenario_the_document_names_exists()
    {
        var (scenarios, variants) = LabScenario.All();
        var known = scenarios.Select(s => s.Name).Concat(variants).ToHashSet(StringComparer.Ordinal);
        var named = CoverageDocument.Load().NamedScenarios;
        Assert.That(named, Is.Not.Empty);
        Assert.That(named.Where(n => !known.Contains(n)), Is.Empty, "scenarios or tenant variants that do not exist");
    }

    [Test]
    public void Every_check_the_document_names_exists_and_every_check_is_named_in_the_section_of_its_requirement()
    {
        var document = CoverageDocument.Load();
        var checks = CheckCatalog.All();
        var ids = checks.Select(c => c.CheckId).ToHashSet(StringComparer.Ordinal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.NamedChecks.Where(n => !ids.Contains(n)), Is.Empty, "check IDs that do not exist");
            Assert.That(checks.Where(c => !document.SectionNames(c.ControlId, c.CheckId)).Select(c => $"{c.CheckId} ({c.ControlId})"), Is.Empty,
                "checks not named in the section of their requirement");
        }
    }

    [Test]
    public void Every_manual_requirement_is_described_as_attested_and_names_no_check()
    {
        var document = CoverageDocument.Load();
        var manual = Catalog.Policies.Where(p => p.Kind == PolicyKind.Manual).Select(p => p.Id).ToList();
        Assert.That(manual, Is.Not.Empty);
        var wrong = manual.Where(id => !document.Sections.TryGetValue(id, out var s) || !s.Contains("Manual control, attested", StringComparison.Ordinal));
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Section_lookup_finds_a_scenario_only_in_the_sections_that_describe_it()
    {
        var document = CoverageDocument.Load();
        Assert.That(document.SectionNames("NET-07", "net-secure-inet-high-tcp-port"), Is.True);
        Assert.That(document.SectionNames("NET-08", "net-secure-inet-high-tcp-port"), Is.False);
        Assert.That(document.SectionNames("XYZ-01", "net-secure-inet-high-tcp-port"), Is.False);
    }
}
