namespace Compliance.Core.Tests.Catalog;

/// <summary>A valid one-policy catalog file, as lines, for tests to break one line at a time.</summary>
internal static class PolicyYaml
{
    public static List<string> Lines(string family = "NET", string id = "NET-01") =>
    [
        "family:",                        // 1
        $"  id: {family}",                // 2
        "  name: Network",                // 3
        "policies:",                      // 4
        $"  - id: {id}",                  // 5
        "    title: A title",             // 6
        "    statement: A statement",     // 7
        "    source_quote: 引用",          // 8
        "    rationale: A reason",        // 9
        "    severity: high",             // 10
        "    kind: automated",            // 11
        "    status: planned",            // 12
        "    mappings:",                  // 13
        "      iso27001: [A.8.22]",       // 14
        "      nist_800_53: [SC-7]",      // 15
    ];

    public static string Text(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";
}
