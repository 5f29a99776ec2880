using System.Globalization;
using System.Text;
using System.Xml;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports.Junit;

/// <summary>
/// Writes <c>junit.xml</c>: a test suite per family, a test case per check. Failed becomes a failure, Not verified an error,
/// Waived, Not applicable and Planned are skipped; Passed and Attested pass. Requirement ID and outcome are properties.
/// </summary>
internal static class JunitReport
{
    public const string FileName = "junit.xml";

    public static void Write(RunReport report, string path)
    {
        var run = report.Metadata;
        var suites = report.Requirements
            .GroupBy(r => r.Policy.Family, StringComparer.Ordinal)
            .Select(g => (Family: g.Key, Cases: g.SelectMany(JunitCase.For).ToList()))
            .ToList();
        var all = suites.SelectMany(s => s.Cases).ToList();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", Clean($"Compliance run {run.RunId} ({run.Environment})"));
        Counts(xml, all, skipped: false);
        foreach (var (family, cases) in suites)
        {
            Suite(xml, family, cases, run);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Suite(XmlWriter xml, string family, List<JunitCase> cases, RunMetadata run)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(family));
        Counts(xml, cases, skipped: true);
        xml.WriteAttributeString("timestamp", run.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("hostname", Clean(run.Environment));
        Properties(xml,
        [
            new("run_id", run.RunId), new("environment", run.Environment), new("environment_kind", run.EnvironmentKind),
            new("tool_version", run.ToolVersion), new("git_commit", run.GitCommit), new("inventory_sha256", run.InventorySha256),
            new("selection", run.Selection), new("complete", run.Complete ? "true" : "false"),
        ]);
        foreach (var c in cases)
        {
            Case(xml, c);
        }

        xml.WriteEndElement();
    }

    private static void Case(XmlWriter xml, JunitCase c)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", Clean(c.Name));
        xml.WriteAttributeString("classname", Clean(c.ClassName));
        xml.WriteAttributeString("time", Seconds(c.Seconds));
        Properties(xml, c.Properties);
        var label = c.Outcome.Label;
        var junit = c.Outcome.Junit;
        if (junit != JunitResult.Pass)
        {
            xml.WriteStartElement(junit.ToString().ToLowerInvariant());
            xml.WriteAttributeString("message", Clean($"{label}: {c.Message}"));
            if (junit != JunitResult.Skipped)
            {
                xml.WriteAttributeString("type", label);
                xml.WriteString(Clean(c.Details));
            }

            xml.WriteEndElement();
        }

        xml.WriteElementString("system-out", Clean($"{label}: {c.Message}\n{c.Details}"));
        xml.WriteEndElement();
    }

    private static void Properties(XmlWriter xml, IReadOnlyList<KeyValuePair<string, string>> properties)
    {
        xml.WriteStartElement("properties");
        foreach (var (name, value) in properties)
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", Clean(name));
            xml.WriteAttributeString("value", Clean(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, List<JunitCase> cases, bool skipped)
    {
        xml.WriteAttributeString("tests", Number(cases.Count));
        xml.WriteAttributeString("failures", Number(cases.Count(c => c.Outcome.Junit == JunitResult.Failure)));
        xml.WriteAttributeString("errors", Number(cases.Count(c => c.Outcome.Junit == JunitResult.Error)));
        if (skipped)
        {
            xml.WriteAttributeString("skipped", Number(cases.Count(c => c.Outcome.Junit == JunitResult.Skipped)));
        }

        xml.WriteAttributeString("time", Seconds(cases.Sum(c => c.Seconds)));
    }

    private static string Clean(string text) => XmlText.Clean(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double s) => s.ToString("0.000", CultureInfo.InvariantCulture);
}
