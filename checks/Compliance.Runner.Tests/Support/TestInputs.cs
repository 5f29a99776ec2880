namespace Compliance.Runner.Tests.Support;

/// <summary>The environment files of <see cref="TestRepository"/>.</summary>
internal static class TestInputs
{
    public const string Waivers = """
        waivers:
          - {target: NET-04, justification: vendor fix pending, approver: CISO, ticket: CHG-4, expires: 2027-01-31}
          - {target: ExpiredWaiverCheck, justification: old exception, approver: CISO, ticket: CHG-5, expires: 2026-11-30}
        """;

    public const string Attestations = """
        attestations:
          - {control: PHY-01, attested_by: J. Doe, attested_on: 2026-11-01, expires: 2027-11-01, statement: lock inspected, evidence: evidence/phy01.txt}
          - {control: PHY-03, attested_by: J. Doe, attested_on: 2025-11-01, expires: 2026-11-01, statement: access list reviewed, evidence: evidence/phy03.txt}
        """;

    public static string Inventory(string leftNamespace, string rightNamespace) => $$"""
        environment: test-env
        kind: lab
        segments:
          - {name: bench, cidr: 198.18.250.0/24}
        hosts:
          - name: left
            segment: bench
            addresses: [198.18.250.1]
            transport: {kind: netns, namespace: {{leftNamespace}}}
          - name: right
            segment: bench
            addresses: [198.18.250.2]
            transport: {kind: netns, namespace: {{rightNamespace}}}
        not_applicable:
          - {target: NET-06, reason: no such segment in this environment}
        """;
}
