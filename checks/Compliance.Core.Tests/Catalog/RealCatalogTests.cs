using System.Text.RegularExpressions;
using Compliance.Core.Catalog;
using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Catalog;

/// <summary>The shipped catalog (<c>policies/</c>) against the requirements list and the Japanese source beside it.</summary>
public class RealCatalogTests
{
    private static readonly Lazy<PolicyCatalog> Catalog = new(() => PolicyCatalogLoader.Load(RepositoryPaths.Policies));

    private static IEnumerable<Policy> Policies() => Catalog.Value.Policies;

    [Test]
    public void The_catalog_holds_exactly_the_requirements_of_requirements_md()
    {
        var text = File.ReadAllText(RepositoryPaths.PolicySource("requirements.md"));
        var required = Regex.Matches(text, @"^- \*\*([A-Z]+-[0-9]{2})\*\*", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(required, Has.Count.EqualTo(37), "requirements.md lists 37 requirements");
        Assert.That(Catalog.Value.Policies.Select(p => p.Id), Is.EquivalentTo(required));
    }

    [TestCaseSource(nameof(Policies))]
    public void Every_line_of_the_source_quote_occurs_verbatim_in_the_specification(Policy policy)
    {
        var source = File.ReadAllText(RepositoryPaths.PolicySource("000_52255c72c863c6a3.txt"));
        var lines = policy.SourceQuote.Split('\n');
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Where(line => line.Trim().Length == 0 || !source.Contains(line, StringComparison.Ordinal)), Is.Empty);
    }

    [TestCaseSource(nameof(Policies))]
    public void Every_policy_maps_to_well_formed_iso_and_nist_controls(Policy policy)
    {
        Assert.That(policy.Iso27001, Is.Not.Empty);
        Assert.That(policy.Nist80053, Is.Not.Empty);
        Assert.That(policy.Iso27001.Where(c => !PolicyIdentifiers.IsIso27001Control(c)), Is.Empty);
        Assert.That(policy.Nist80053.Where(c => !PolicyIdentifiers.IsNist80053Control(c)), Is.Empty);
    }

    [Test]
    public void Physical_policies_are_manual_and_active_and_all_others_automated()
    {
        var physical = Catalog.Value.Policies.Where(p => p.Family == "PHY").ToList();
        Assert.That(physical.Select(p => p.Id), Is.EqualTo(new[] { "PHY-01", "PHY-02", "PHY-03" }));
        Assert.That(physical.Where(p => p.Kind != PolicyKind.Manual || p.Status != PolicyStatus.Active), Is.Empty);
        Assert.That(Catalog.Value.Policies.Except(physical).Where(p => p.Kind != PolicyKind.Automated), Is.Empty);
    }

    [Test]
    public void Every_family_file_names_its_family_and_holds_its_policies()
    {
        var families = Catalog.Value.Families.ToDictionary(f => f.Id, f => f.SourceFile);
        Assert.That(families, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["NET"] = "network.yaml", ["ENC"] = "encryption.yaml", ["JUP"] = "jupyter.yaml", ["AUD"] = "audit.yaml",
            ["HOST"] = "host.yaml", ["AV"] = "antivirus.yaml", ["END"] = "endpoint.yaml", ["PHY"] = "physical.yaml",
        }));
        var misplaced = Catalog.Value.Policies
            .Where(p => !p.Id.StartsWith(p.Family + "-", StringComparison.Ordinal) && !(p.Id == "ACC-01" && p.Family == "END"))
            .Select(p => p.Id);
        Assert.That(misplaced, Is.Empty);
    }
}
