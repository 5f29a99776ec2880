using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Tests.Inventory;

public sealed class InventoryRejectionTests
{
    private static readonly Type[] Sections = [typeof(SampleProxyExpectation), typeof(SampleSudoExpectation)];

    [TestCase("kind: lab\n", "kind: lab\ncolour: blue\n", "3:1: colour: unknown field (allowed: environment, kind, topology, segments, hosts, terminals, not_applicable, report_signing)", TestName = "Unknown field")]
    [TestCase("kind: lab\n", "kind: lab\nkind: production\n", "3:1: kind: duplicate key (first at line 2)", TestName = "Duplicate key")]
    [TestCase("name: gateway", "name: ml01", "12:11: hosts[1].name: duplicate host name 'ml01' (first at line 7)", TestName = "Duplicate host name")]
    [TestCase("segment: room", "segment: lobby", "13:14: hosts[1].segment: unknown segment 'lobby' (segments: room, secure)", TestName = "Unknown segment")]
    [TestCase("[198.18.50.10]", "[198.18.60.10]", "9:17: hosts[0].addresses[0]: first address 198.18.60.10 is outside segment 'secure' (198.18.50.0/24)", TestName = "First address outside its segment")]
    [TestCase("[198.18.50.10]", "[ml01.lab]", "9:17: hosts[0].addresses[0]: 'ml01.lab' is not an IP address", TestName = "Address that is not an IP")]
    [TestCase("kind: netns", "kind: telnet", "11:23: hosts[0].transport.kind: unknown transport kind 'telnet' (allowed: netns, ssh)", TestName = "Unknown transport kind")]
    [TestCase("namespace: lab-ml01}", "namespace: lab-ml01, user: root}", "11:51: hosts[0].transport.user: unknown field (allowed: kind, namespace, mount_namespace, uts_namespace)", TestName = "Field of another transport kind")]
    [TestCase(", host_key: \"SHA256:abcdefghijklmnopqrstuvwxyz\"", "", "15:16: hosts[1].transport.host_key: missing required field", TestName = "Ssh transport without pinned host key")]
    [TestCase("\"SHA256:abcdefghijklmnopqrstuvwxyz\"", "\"MD5:ab:cd\"", "15:75: hosts[1].transport.host_key: must be a SHA256 fingerprint as ssh-keygen -lf prints it (SHA256:...)", TestName = "Host key that is not a SHA256 fingerprint")]
    [TestCase("sudo: true}", "sudo: true, connect_from: lab-infra-term}", "15:124: hosts[1].transport.connect_from: unknown field (allowed: kind, user, key_file, host_key, via, port, sudo)", TestName = "Connection origin in the inventory")]
    [TestCase("sudo: true}", "sudo: true, via: bastion}", "15:129: hosts[1].transport.via: 'bastion' is not another host of the inventory", TestName = "Via naming no host")]
    [TestCase("environment: test\n", "", "1:1: environment: missing required field", TestName = "Missing required field")]
    [TestCase("kind: lab\n", "kind: staging\n", "2:7: kind: unknown environment kind 'staging' (allowed: lab, production)", TestName = "Unknown environment kind")]
    [TestCase("198.18.50.0/24}", "10.0.50.0/24}", "5:26: segments[1].cidr: lab segment 10.0.50.0/24 is outside 198.18.0.0/15", TestName = "Lab segment outside the test-bed range")]
    [TestCase("\"02:5E:10:00:00:11\"", "\"02:5E:10:00:00:1\"", "17:67: terminals[0].mac: '02:5E:10:00:00:1' is not a MAC address (xx:xx:xx:xx:xx:xx)", TestName = "Malformed terminal MAC")]
    [TestCase("host: gateway}", "host: printer}", "17:112: terminals[0].host: unknown host 'printer'", TestName = "Terminal naming no host")]
    [TestCase("os: windows, ", "os: linux, ", "17:53: terminals[0].os: 'linux' is not an operating system the register knows (windows or macos)", TestName = "Terminal with an operating system the register does not know")]
    [TestCase("os: windows, ", "", "17:5: terminals[0].os: missing required field", TestName = "Terminal without its operating system")]
    [TestCase("  - {target: PHY-01, reason: no physical room in the lab}", "  - {target: PHY-01}", "19:5: not_applicable[0].reason: missing required field", TestName = "Not applicable without reason")]
    [TestCase("not_applicable:\n  - {target: PHY-01, reason: no physical room in the lab}", "not_applicable: none", "18:17: not_applicable: must be a list, found a value", TestName = "Value where a list belongs")]
    [TestCase("target: PHY-01", "target: phy 01", "19:14: not_applicable[0].target: 'phy 01' is neither a requirement ID (e.g. PHY-01) nor a check ID (e.g. SecureZoneReachesNoInternetTcpPort)", TestName = "Not applicable target that is no ID")]
    public void Bad_inventory_is_rejected_with_position_and_field(string find, string replace, string expected)
    {
        Assert.That(TempEnvironment.ValidInventory, Does.Contain(find));
        using var env = new TempEnvironment(TempEnvironment.ValidInventory.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections));

        Assert.That(e.Message, Is.EqualTo($"{env.InventoryPath}:{expected}"));
    }

    [TestCase("colours", "shade: blue\n", "1:1: (section): unknown expected section 'colours' (known: proxy, sudo)", TestName = "Unknown expected section file")]
    [TestCase("proxy", "allowed_domains: [a]\nport_number: 8080\n", "2:1: port_number: unknown field (allowed: allowed_domains, port, note)", TestName = "Unknown field in a section")]
    [TestCase("proxy", "port: 8080\n", "1:1: allowed_domains: missing required field", TestName = "Missing required member of a section")]
    [TestCase("proxy", "", "1:1: allowed_domains: missing required field", TestName = "Empty section file")]
    [TestCase("proxy", "allowed_domains: [a]\nport: eighty\n", "2:7: port: 'eighty' is not a number (Int32)", TestName = "Wrong type in a section")]
    [TestCase("proxy", "allowed_domains: [a]\nallowed_domains: [b]\n", "2:1: allowed_domains: duplicate key (first at line 1)", TestName = "Duplicate key in a section")]
    [TestCase("proxy", "allowed_domains: pypi.example\n", "1:18: allowed_domains: must be a list, found a value", TestName = "Value where a section list belongs")]
    [TestCase("sudo", "rules:\n  - {user: infra}\n", "2:5: rules[0].commands: missing required field", TestName = "Missing member of a nested positional record")]
    [TestCase("sudo", "rules:\n  - {user: infra, commands: [a, a]}\n", "2:33: rules[0].commands[1]: duplicate entry", TestName = "Duplicate entry in a set")]
    [TestCase("sudo", "mode: lenient\nrules: []\n", "1:7: mode: 'lenient' is not one of: strict, report_only", TestName = "Unknown enum value")]
    [TestCase("sudo", "rules:\n  - {user: infra, commands: [a], until: 31.01.2030}\n", "2:41: rules[0].until: '31.01.2030' is not a date (yyyy-MM-dd)", TestName = "Malformed date")]
    [TestCase("sudo", "rules: &r []\nmore: *r\n", "2:7: more: aliases are not supported", TestName = "Alias")]
    public void Bad_expected_section_is_rejected_with_position_and_field(string section, string yaml, string expected)
    {
        using var env = new TempEnvironment().WithExpected(section, yaml);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections));

        Assert.That(e.Message, Is.EqualTo($"{env.Expected(section)}:{expected}"));
    }

    [Test]
    public void Yaml_syntax_error_names_the_position()
    {
        using var env = new TempEnvironment("environment: test\nkind: [lab\n");

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections));

        Assert.That(e.Message, Does.StartWith($"{env.InventoryPath}:3:1: (syntax): "));
    }

    [Test]
    public void Missing_environment_folder_is_bad_input()
    {
        var e = Assert.Throws<InputException>(() => InventoryLoader.Load("/nonexistent/env", Sections));

        Assert.That(e.Message, Is.EqualTo("/nonexistent/env: environment folder not found"));
    }

    [Test]
    public void Folder_without_inventory_is_bad_input()
    {
        using var env = new TempEnvironment();
        File.Delete(env.InventoryPath);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(env.Directory, Sections));

        Assert.That(e.Message, Is.EqualTo($"{env.InventoryPath}: inventory file not found"));
    }
}
