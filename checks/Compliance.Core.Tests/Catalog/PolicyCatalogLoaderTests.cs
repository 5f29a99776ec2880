using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Catalog;

public class PolicyCatalogLoaderTests
{
    private static string LoadFails(Action<List<string>> breakIt)
    {
        using var folder = new TempFolder();
        var lines = PolicyYaml.Lines();
        breakIt(lines);
        folder.Write("network.yaml", PolicyYaml.Text(lines));
        var ex = Assert.Throws<InputException>(() => PolicyCatalogLoader.Load(folder.Path));
        return ex!.Message.Replace(folder.Path + "/", string.Empty, StringComparison.Ordinal);
    }

    [Test]
    public void A_valid_file_loads_every_field()
    {
        using var folder = new TempFolder();
        folder.Write("network.yaml", PolicyYaml.Text(PolicyYaml.Lines()));
        var catalog = PolicyCatalogLoader.Load(folder.Path);
        var policy = catalog.Policies.Single();
        Assert.That(policy, Is.EqualTo(policy with
        {
            Id = "NET-01", Family = "NET", Title = "A title", Statement = "A statement", SourceQuote = "引用",
            Rationale = "A reason", Severity = Severity.High, Kind = PolicyKind.Automated, Status = PolicyStatus.Planned,
            SourceFile = "network.yaml",
        }));
        Assert.That(policy.Iso27001, Is.EqualTo(new[] { "A.8.22" }));
        Assert.That(policy.Nist80053, Is.EqualTo(new[] { "SC-7" }));
        Assert.That(catalog.Families.Single(), Is.EqualTo(new PolicyFamily("NET", "Network", "network.yaml")));
    }

    [Test]
    public void An_unknown_field_is_rejected() =>
        Assert.That(LoadFails(l => l.Insert(5, "    owner: someone")), Is.EqualTo("network.yaml:6:5: policies[0].owner: unknown field"));

    [Test]
    public void An_unknown_mapping_framework_is_rejected() =>
        Assert.That(LoadFails(l => l.Add("      cis: [1.1]")), Is.EqualTo("network.yaml:16:7: policies[0].mappings.cis: unknown field"));

    [Test]
    public void A_duplicate_key_is_rejected() =>
        Assert.That(LoadFails(l => l.Insert(6, "    title: Another title")), Is.EqualTo("network.yaml:7:5: policies[0].title: duplicate key (first at line 6)"));

    [Test]
    public void A_missing_field_is_rejected_at_its_policy() =>
        Assert.That(LoadFails(l => l.RemoveAt(8)), Is.EqualTo("network.yaml:5:5: policies[0].rationale: missing required field"));

    [Test]
    public void A_bad_severity_is_rejected() =>
        Assert.That(LoadFails(l => l[9] = "    severity: urgent"), Is.EqualTo("network.yaml:10:15: policies[0].severity: 'urgent' is not one of: low, medium, high, critical"));

    [Test]
    public void A_bad_kind_is_rejected() =>
        Assert.That(LoadFails(l => l[10] = "    kind: scripted"), Is.EqualTo("network.yaml:11:11: policies[0].kind: 'scripted' is not one of: automated, manual"));

    [Test]
    public void A_bad_status_is_rejected() =>
        Assert.That(LoadFails(l => l[11] = "    status: done"), Is.EqualTo("network.yaml:12:13: policies[0].status: 'done' is not one of: active, planned"));

    [Test]
    public void An_iso_control_outside_annex_a_2022_is_rejected() =>
        Assert.That(LoadFails(l => l[13] = "      iso27001: [A.8.22, A.9.1]"), Is.EqualTo("network.yaml:14:26: policies[0].mappings.iso27001[1]: 'A.9.1' is not an ISO/IEC 27001:2022 Annex A control (like A.8.20)"));

    [Test]
    public void A_malformed_nist_control_is_rejected() =>
        Assert.That(LoadFails(l => l[14] = "      nist_800_53: [SC7]"), Is.EqualTo("network.yaml:15:21: policies[0].mappings.nist_800_53[0]: 'SC7' is not a NIST SP 800-53 rev. 5 control (like SC-7(5))"));

    [Test]
    public void An_empty_mapping_list_is_rejected() =>
        Assert.That(LoadFails(l => l[14] = "      nist_800_53: []"), Is.EqualTo("network.yaml:15:20: policies[0].mappings.nist_800_53: must not be empty"));

    [Test]
    public void A_malformed_policy_id_is_rejected() =>
        Assert.That(LoadFails(l => l[4] = "  - id: net-1"), Is.EqualTo("network.yaml:5:9: policies[0].id: 'net-1' is not a policy ID (like NET-07)"));

    [Test]
    public void A_policy_id_defined_in_two_files_is_rejected()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", PolicyYaml.Text(PolicyYaml.Lines("NET", "NET-01")));
        folder.Write("b.yaml", PolicyYaml.Text(PolicyYaml.Lines("ENC", "NET-01")));
        var ex = Assert.Throws<InputException>(() => PolicyCatalogLoader.Load(folder.Path));
        var a = Path.Combine(folder.Path, "a.yaml");
        var b = Path.Combine(folder.Path, "b.yaml");
        Assert.That(ex!.Message, Is.EqualTo($"{b}:5:9: policies[0].id: duplicate policy ID 'NET-01' (first defined at {a}:5:9)"));
    }

    [Test]
    public void A_family_defined_in_two_files_is_rejected()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", PolicyYaml.Text(PolicyYaml.Lines("NET", "NET-01")));
        folder.Write("b.yaml", PolicyYaml.Text(PolicyYaml.Lines("NET", "NET-02")));
        var ex = Assert.Throws<InputException>(() => PolicyCatalogLoader.Load(folder.Path));
        Assert.That(ex!.Message, Is.EqualTo($"{Path.Combine(folder.Path, "b.yaml")}:2:7: family.id: family 'NET' is already defined in a.yaml"));
    }

    [Test]
    public void A_folder_without_policy_files_is_rejected()
    {
        using var folder = new TempFolder();
        var ex = Assert.Throws<InputException>(() => PolicyCatalogLoader.Load(folder.Path));
        Assert.That(ex!.Message, Is.EqualTo($"{folder.Path}: no policy files (*.yaml)"));
    }
}
