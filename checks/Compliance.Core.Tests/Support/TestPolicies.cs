using Compliance.Core.Catalog;

namespace Compliance.Core.Tests.Support;

/// <summary>Policies built in code for tests that need a catalog but not its files.</summary>
internal static class TestPolicies
{
    public static Policy Automated(string id, PolicyStatus status = PolicyStatus.Active) =>
        new(id, id.Split('-')[0], "Title", "Statement", "引用", "Reason", Severity.High, ["A.8.20"], ["SC-7"], PolicyKind.Automated, status, "test.yaml");

    public static Policy Manual(string id) =>
        Automated(id) with { Kind = PolicyKind.Manual };
}
