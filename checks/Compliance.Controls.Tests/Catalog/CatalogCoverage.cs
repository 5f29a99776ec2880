using Compliance.Core.Catalog;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>
/// Compares the policy catalog with the checks of the registry and lists every gap: an active automated policy
/// without a check, a check naming an unknown or manual policy. (The NUnit adapter has one test case per registered
/// check, so a check cannot lack its test.)
/// Planned policies may have no check; manual policies are attested, not checked.
/// </summary>
internal static class CatalogCoverage
{
    public static IReadOnlyList<string> Problems(PolicyCatalog catalog, IReadOnlyList<CheckEntry> checks)
    {
        var problems = new List<string>();
        foreach (var policy in catalog.Policies.Where(p => p is { Kind: PolicyKind.Automated, Status: PolicyStatus.Active }))
        {
            if (!checks.Any(c => c.ControlId == policy.Id))
            {
                problems.Add($"{policy.Id}: active automated policy has no check class with ControlId \"{policy.Id}\"");
            }
        }

        foreach (var check in checks)
        {
            var policy = catalog.Find(check.ControlId);
            if (policy is null)
            {
                problems.Add($"{check.CheckId}: check names unknown policy \"{check.ControlId}\"");
            }
            else if (policy.Kind == PolicyKind.Manual)
            {
                problems.Add($"{check.CheckId}: check names {policy.Id}, a manual policy (manual policies are attested)");
            }
        }

        return problems;
    }
}
