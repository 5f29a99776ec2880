using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Endpoint;

public sealed class LabGraphSectionTests
{
    private const string Inventory = """
        environment: lab
        kind: lab
        segments:
          - {name: room, cidr: 198.18.10.0/24, description: Security room VLAN 110}
        hosts: []
        terminals:
          - {management_number: SR-INF-01, kind: infra, os: windows, mac: "02:5e:10:00:00:11", ip: 198.18.10.11, device_name: SR-INF-01}
          - {management_number: SR-DAT-01, kind: data, os: windows, mac: "02:5e:10:00:00:12", ip: 198.18.10.12, device_name: SR-DAT-01}
          - {management_number: SR-DEV-01, kind: dev, os: windows, mac: "02:5e:10:00:00:13", ip: 198.18.10.13, device_name: SR-DEV-01}
        """;

    [Test]
    public async Task Lab_graph_section_loads_strictly_and_every_graph_check_passes_with_it()
    {
        var environment = Environment("lab");
        try
        {
            var loaded = InventoryLoader.Load(environment.FullName);
            var graph = loaded.Expected.Get<GraphExpectation>();
            var code = LabTenant.Expected;
            Assert.That(ScalarsEqual(graph, code), Is.True, "graph.yaml and the code-built lab tenant agree");
            Assert.That(new[] { graph.DepartedUsers, graph.AntivirusAppNames, graph.EssRecAppNames, graph.RecordedOverlays },
                Is.EqualTo(new[] { code.DepartedUsers, code.AntivirusAppNames, code.EssRecAppNames, code.RecordedOverlays }));
            Assert.That(graph.Hello, Is.EqualTo(code.Hello));
            Assert.That(graph.Credential, Is.Null, "the lab needs no credential");

            var tenant = new LabTenant();
            var context = new CheckContext(loaded with { Directory = LabTenant.LabDirectory }, tenant, TimeProvider.System, tenant);
            // The AUD-02 tie of HTTPS flows to recording terminals also reads the flows and egress sections, which this
            // graph-only inventory does not have; RecordedTenantChecksTests runs it against the whole lab inventory.
            foreach (var create in GraphCheckTypes.All.Where(c => c.Key != nameof(Compliance.Controls.Audit.HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt)).Select(c => c.Value))
            {
                var result = await create().RunAsync(context);
                Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.CheckId}: {result.Message}");
            }
        }
        finally
        {
            environment.Delete(recursive: true);
        }
    }

    [Test]
    public void Production_template_loads_strictly_with_a_credential_location_and_no_recorded_tenant()
    {
        var environment = Environment("production.example");
        try
        {
            var graph = InventoryLoader.Load(environment.FullName).Expected.Get<GraphExpectation>();

            Assert.That(graph.RecordedTenant, Is.Null);
            Assert.That(graph.Credential?.File ?? graph.Credential?.Env, Is.Not.Null);
        }
        finally
        {
            environment.Delete(recursive: true);
        }
    }

    private static bool ScalarsEqual(GraphExpectation a, GraphExpectation b) =>
        a.TenantId == b.TenantId && a.ClientId == b.ClientId && a.Cloud == b.Cloud && a.RecordedTenant == b.RecordedTenant
        && a.ProjectGroupId == b.ProjectGroupId && a.TerminalDeviceGroupId == b.TerminalDeviceGroupId && a.TerminalDeviceFilter == b.TerminalDeviceFilter
        && a.LocalAdminGroupId == b.LocalAdminGroupId && a.LocalAdminDepartment == b.LocalAdminDepartment
        && a.SignInLookbackDays == b.SignInLookbackDays && a.DataReceiptTerminal == b.DataReceiptTerminal;

    private static DirectoryInfo Environment(string source)
    {
        var folder = Directory.CreateTempSubdirectory("graph-env-");
        var kind = source == "lab" ? "lab" : "production";
        File.WriteAllText(Path.Combine(folder.FullName, "inventory.yaml"), Inventory.Replace("kind: lab", $"kind: {kind}", StringComparison.Ordinal));
        var expected = Directory.CreateDirectory(Path.Combine(folder.FullName, "expected"));
        // The template marks every value to replace with CHANGE-; filled in, its credential file must exist and be private.
        var text = File.ReadAllText(Path.Combine(LabTenant.LabDirectory, "..", source, "expected", "graph.yaml")).Replace("CHANGE-", "", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(expected.FullName, "graph.yaml"), text);
        if (source != "lab" && !OperatingSystem.IsWindows())
        {
            var key = Path.Combine(Directory.CreateDirectory(Path.Combine(folder.FullName, "keys")).FullName, "graph-app.pem");
            File.WriteAllText(key, "");
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return folder;
    }
}
