using Compliance.Core.Catalog;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Core.Tests.Resolution;

/// <summary>Builders for policies and check results used by the resolver tests.</summary>
internal static class ResolverFixtures
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static Policy Policy(string id, PolicyKind kind = PolicyKind.Automated, PolicyStatus status = PolicyStatus.Active) =>
        new(id, "Network", $"Title of {id}", "Statement", "原文", "Rationale", Severity.High, ["A.8.20"], ["SC-7"], kind, status, "policies/network.yaml");

    public static EnvironmentInventory InventoryDeclaring(params NotApplicableEntry[] notApplicable) =>
        new("lab", EnvironmentKind.Lab, "/nonexistent", [], [], [], notApplicable, ExpectedState.Empty);

    public static CheckResult Result(string checkId, string controlId, Outcome outcome, string message = "observed") =>
        new(checkId, controlId, checkId, outcome, message, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
