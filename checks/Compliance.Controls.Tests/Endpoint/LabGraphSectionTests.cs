using Compliance.Core.Inventory.Expected;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Compliance.Controls.Tests.Endpoint;

public sealed class LabGraphSectionTests
{
    [Test]
    public void Lab_graph_section_describes_the_recorded_tenant_the_tests_use()
    {
        var yaml = File.ReadAllText(Path.Combine(LabTenant.LabDirectory, "expected", "graph.yaml"));
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

        var section = deserializer.Deserialize<GraphSection>(yaml);

        var expected = LabTenant.Expected;
        Assert.That(section.RecordedTenant, Is.EqualTo(expected.RecordedTenant));
        Assert.That(section.ProjectGroupId, Is.EqualTo(expected.ProjectGroupId));
        Assert.That(section.TerminalDeviceGroupId, Is.EqualTo(expected.TerminalDeviceGroupId));
        Assert.That(section.LocalAdminGroupId, Is.EqualTo(expected.LocalAdminGroupId));
        Assert.That(section.TerminalDeviceFilter, Is.EqualTo(expected.TerminalDeviceFilter));
        Assert.That(section.DepartedUsers, Is.EqualTo(expected.DepartedUsers));
        Assert.That(section.AntivirusAppNames, Is.EqualTo(expected.AntivirusAppNames));
        Assert.That(section.EssRecAppNames, Is.EqualTo(expected.EssRecAppNames));
        Assert.That(section.DataReceiptTerminal, Is.EqualTo(expected.DataReceiptTerminal));
        Assert.That(section.Credential, Is.Null, "the lab needs no credential");
    }

    [Test]
    public void Production_template_names_a_credential_location_and_no_recorded_tenant()
    {
        var path = Path.Combine(LabTenant.LabDirectory, "..", "production.example", "expected", "graph.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

        var section = deserializer.Deserialize<GraphSection>(File.ReadAllText(path));

        Assert.That(section.RecordedTenant, Is.Null);
        Assert.That(section.Credential, Is.Not.Null);
        Assert.That(section.Credential!.File ?? section.Credential.Env, Is.Not.Null);
    }

    /// <summary>A mutable mirror of <see cref="GraphExpectation"/> for a plain YAML read (every field must exist in the record).</summary>
    private sealed class GraphSection
    {
        public string TenantId { get; set; } = "";
        public string Cloud { get; set; } = "";
        public string? BaseUrl { get; set; }
        public string? Authority { get; set; }
        public string ClientId { get; set; } = "";
        public GraphCredentialExpectation? Credential { get; set; }
        public string? RecordedTenant { get; set; }
        public List<string> RecordedOverlays { get; set; } = [];
        public string ProjectGroupId { get; set; } = "";
        public string TerminalDeviceGroupId { get; set; } = "";
        public string TerminalDeviceFilter { get; set; } = "";
        public string LocalAdminGroupId { get; set; } = "";
        public string LocalAdminDepartment { get; set; } = "";
        public List<string> DepartedUsers { get; set; } = [];
        public int SignInLookbackDays { get; set; }
        public HelloExpectation Hello { get; set; } = new();
        public List<string> AntivirusAppNames { get; set; } = [];
        public List<string> EssRecAppNames { get; set; } = [];
        public string DataReceiptTerminal { get; set; } = "";
    }
}
