using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Compliance.Reports.Tests.Support;

namespace Compliance.Reports.Tests;

public sealed class JunitReportTests
{
    private TempFolder _temp = null!;
    private XDocument _junit = null!;
    private string _path = null!;

    [SetUp]
    public void WriteRun()
    {
        _temp = new TempFolder();
        var (report, extra) = SampleRun.Create(_temp.Combine("env"));
        _path = Path.Combine(ReportWriter.WriteRun(report, _temp.Combine("out"), extra), "junit.xml");
        _junit = XDocument.Load(_path);
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    [Test]
    public void Junit_validates_against_the_junit_schema()
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, TestFiles.JunitXsd);
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}: {e.Message}");

        using (var reader = XmlReader.Create(_path, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Schema_rejects_a_testcase_without_a_name()
    {
        var broken = new XDocument(_junit);
        broken.Descendants("testcase").First().Attribute("name")!.Remove();
        var schemas = new XmlSchemaSet();
        schemas.Add(null, TestFiles.JunitXsd);

        Assert.That(() => broken.Validate(schemas, null), Throws.InstanceOf<XmlSchemaValidationException>());
    }

    [Test]
    public void There_is_one_suite_per_family_with_its_counts()
    {
        var suites = _junit.Root!.Elements("testsuite").ToDictionary(s => (string)s.Attribute("name")!);

        Assert.That(suites.Keys, Is.EqualTo(new[] { "Network", "Encryption", "Jupyter", "Physical" }));
        Assert.That(Counts(suites["Network"]), Is.EqualTo((4, 1, 1, 0)));
        Assert.That(Counts(suites["Encryption"]), Is.EqualTo((2, 1, 0, 1)));
        Assert.That(Counts(suites["Jupyter"]), Is.EqualTo((1, 0, 0, 1)));
        Assert.That(Counts(suites["Physical"]), Is.EqualTo((3, 1, 0, 1)));
        Assert.That((int)_junit.Root!.Attribute("tests")!, Is.EqualTo(10));
    }

    [TestCase("SecureZoneReachesNoInternetTcpPort", "failure", "Failed")]
    [TestCase("HttpsOffersOnlyStrongTls", "failure", "Failed")]
    [TestCase("OnlyDataTerminalReachesInternet", "error", "Not verified")]
    [TestCase("SshAllowsPublicKeyOnly", "skipped", "Waived")]
    [TestCase("JupyterReachableThroughProxyPath", "skipped", "Not applicable")]
    public void Each_outcome_maps_to_its_junit_element_and_keeps_its_label(string checkId, string element, string label)
    {
        var testcase = Case(checkId);

        Assert.That(testcase.Element(element), Is.Not.Null);
        Assert.That((string)testcase.Element(element)!.Attribute("message")!, Does.StartWith(label + ": "));
        Assert.That(Property(testcase, "outcome"), Is.EqualTo(label));
    }

    [Test]
    public void Passed_check_is_a_passing_testcase_with_requirement_and_outcome_properties()
    {
        var testcase = Case("SecurityRoomReachesSecureZoneOnlyOnAllowedPorts");

        Assert.That(testcase.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "properties", "system-out" }));
        Assert.That((string)testcase.Attribute("classname")!, Is.EqualTo("Network.NET-04"));
        Assert.That(Property(testcase, "requirement"), Is.EqualTo("NET-04"));
        Assert.That(Property(testcase, "outcome"), Is.EqualTo("Passed"));
    }

    [Test]
    public void Failure_carries_the_redacted_evidence()
    {
        var failure = Case("SecureZoneReachesNoInternetTcpPort").Element("failure")!;

        Assert.That(failure.Value, Does.Contain("Vantage:  ml01").And.Contain("<script>window.hostile = 1</script>"));
        Assert.That(failure.Value, Does.Not.Contain(SampleRun.LeakedPassword).And.Not.Contain("abcdefghijklmnop123456"));
    }

    [Test]
    public void Attested_manual_control_passes_with_its_attestation_as_properties()
    {
        var testcase = _junit.Descendants("testcase").Single(t => (string)t.Attribute("classname")! == "Physical.PHY-01");

        Assert.That(testcase.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "properties", "system-out" }));
        Assert.That(Property(testcase, "outcome"), Is.EqualTo("Attested"));
        Assert.That(Property(testcase, "attested_by"), Is.EqualTo("Sato (facilities)"));
        Assert.That(Property(testcase, "evidence_file"), Is.EqualTo(SampleRun.AttestationFile));
    }

    [Test]
    public void Planned_policy_is_skipped_as_planned_never_passed()
    {
        var testcase = _junit.Descendants("testcase").Single(t => (string)t.Attribute("classname")! == "Physical.PHY-03");

        Assert.That((string)testcase.Element("skipped")!.Attribute("message")!, Does.StartWith("Planned: "));
        Assert.That(Property(testcase, "outcome"), Is.EqualTo("Planned"));
    }

    private XElement Case(string name) => _junit.Descendants("testcase").Single(t => (string)t.Attribute("name")! == name);

    private static string Property(XElement testcase, string name) =>
        (string)testcase.Element("properties")!.Elements("property").Single(p => (string)p.Attribute("name")! == name).Attribute("value")!;

    private static (int Tests, int Failures, int Errors, int Skipped) Counts(XElement suite) =>
        ((int)suite.Attribute("tests")!, (int)suite.Attribute("failures")!, (int)suite.Attribute("errors")!, (int)suite.Attribute("skipped")!);
}
