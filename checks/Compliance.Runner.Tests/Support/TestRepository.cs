using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Tests.Support;

/// <summary>
/// A throwaway repository: a small catalog (NET-01..NET-08, PHY-01..PHY-03) and one environment <c>env</c>
/// with an inventory, waivers, attestations and evidence, each file replaceable by a test.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public TestRepository()
    {
        Root = Directory.CreateTempSubdirectory("core-repo-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Root, "policies"));
        Directory.CreateDirectory(System.IO.Path.Combine(Environment, "evidence"));
        Write("policies/network.yaml", Family("NET", "Network", Enumerable.Range(1, 8).Select(i => Policy($"NET-{i:00}", "automated", i == 7 ? "planned" : "active"))));
        Write("policies/physical.yaml", Family("PHY", "Physical", Enumerable.Range(1, 3).Select(i => Policy($"PHY-{i:00}", "manual", "active"))));
        Write("environments/env/inventory.yaml", TestInputs.Inventory("t-core-left", "t-core-right"));
        Write("environments/env/waivers.yaml", TestInputs.Waivers);
        Write("environments/env/attestations.yaml", TestInputs.Attestations);
        Write("environments/env/evidence/phy01.txt", "room inspection report");
        Write("environments/env/evidence/phy03.txt", "data centre access list");
    }

    public string Root { get; }

    public string Environment => System.IO.Path.Combine(Root, "environments", "env");

    public string Reports => System.IO.Path.Combine(Root, "reports", "out");

    public RepositoryLayout Layout => RepositoryLayout.At(Root);

    public string FullPath(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Family(string id, string name, IEnumerable<string> policies) =>
        $"family:\n  id: {id}\n  name: {name}\npolicies:\n{string.Concat(policies)}";

    private static string Policy(string id, string kind, string status) => $"""
          - id: {id}
            title: Requirement {id} holds
            statement: The environment meets {id}.
            source_quote: 要件 {id}
            rationale: Needed for the test catalog.
            severity: high
            kind: {kind}
            status: {status}
            mappings:
              iso27001: [A.8.20]
              nist_800_53: [SC-7]

        """;
}
