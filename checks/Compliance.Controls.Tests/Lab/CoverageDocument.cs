using System.Text.RegularExpressions;
using Compliance.Core;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// <c>docs/coverage.md</c> read as the tests need it: the section of each requirement (from its heading
/// <c>## &lt;a id="ID"&gt;&lt;/a&gt;ID title</c> to the next such heading), the check IDs its sections name (PascalCase in backticks) and the scenarios and tenant variants
/// it names (backticked names after "scenario", "scenarios", "tenant variant").
/// </summary>
internal sealed partial class CoverageDocument
{
    private CoverageDocument(string text)
    {
        Text = text;
        var anchors = Anchor().Matches(text);
        Sections = anchors.Select((m, i) => (Id: m.Groups[1].Value, Body: text[m.Index..(i + 1 < anchors.Count ? anchors[i + 1].Index : text.Length)]))
            .GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Body : string.Join("\n", g.Select(s => s.Body)), StringComparer.Ordinal);
        SectionIds = [.. anchors.Select(m => m.Groups[1].Value)];
    }

    public static string Path => System.IO.Path.Combine(RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory), "docs", "coverage.md");

    public string Text { get; }

    /// <summary>The section of each requirement ID.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; }

    /// <summary>The anchors in document order (a duplicate appears twice).</summary>
    public IReadOnlyList<string> SectionIds { get; }

    /// <summary>The check IDs named in the requirement sections.</summary>
    public IReadOnlySet<string> NamedChecks => Sections.Values.SelectMany(s => CheckName().Matches(s).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The scenarios and tenant variants named anywhere in the document.</summary>
    public IReadOnlySet<string> NamedScenarios => ScenarioList().Matches(Text)
        .SelectMany(m => Backticked().Matches(m.Groups[1].Value).Select(b => b.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    public static CoverageDocument Load() => new(File.ReadAllText(Path));

    /// <summary>Whether the section of <paramref name="requirementId"/> names <paramref name="name"/> in backticks.</summary>
    public bool SectionNames(string requirementId, string name) =>
        Sections.TryGetValue(requirementId, out var section) && section.Contains($"`{name}`", StringComparison.Ordinal);

    [GeneratedRegex("""^## <a id="([A-Z]+-[0-9]+)"></a>""", RegexOptions.Multiline)]
    private static partial Regex Anchor();

    [GeneratedRegex("`((?:[A-Z][a-z0-9]+){2,})`")]
    private static partial Regex CheckName();

    [GeneratedRegex(@"\b(?:scenarios?|tenant variants?)((?:\s*(?:,|and)?\s*`[^`]+`)+)", RegexOptions.IgnoreCase)]
    private static partial Regex ScenarioList();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
