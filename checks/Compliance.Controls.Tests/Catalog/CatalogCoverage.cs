using Compliance.Core.Catalog;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>
/// Compares the policy catalog with the checks and the suite's tests and lists every gap:
/// an active automated policy without a check and its test, a check without its test or naming an unknown
/// or manual policy, a test without its check or with a different control ID.
/// Planned policies may have no check; manual policies are attested, not checked.
/// </summary>
internal static class CatalogCoverage
{
    public static IReadOnlyList<string> Problems(PolicyCatalog catalog, IReadOnlyList<CheckEntry> checks, IReadOnlyList<SuiteTestEntry> tests)
    {
        var problems = new List<string>();
        var testsByName = tests.ToLookup(t => t.Name, StringComparer.Ordinal);
        foreach (var policy in catalog.Policies.Where(p => p is { Kind: PolicyKind.Automated, Status: PolicyStatus.Active }))
        {
            var covered = checks.Any(c => c.ControlId == policy.Id && testsByName[c.CheckId].Any(t => t.ControlId == policy.Id));
            if (!covered)
            {
                problems.Add($"{policy.Id}: active automated policy has no check class with ControlId \"{policy.Id}\" and a suite test of the same name with [Control(\"{policy.Id}\")]");
            }
        }

        foreach (var check in checks)
        {
            problems.AddRange(CheckProblems(catalog, check, testsByName[check.CheckId].ToList()));
        }

        var checkIds = checks.Select(c => c.CheckId).ToHashSet(StringComparer.Ordinal);
        foreach (var test in tests)
        {
            problems.AddRange(TestProblems(catalog, test, checkIds));
        }

        return problems;
    }

    private static IEnumerable<string> CheckProblems(PolicyCatalog catalog, CheckEntry check, List<SuiteTestEntry> tests)
    {
        var policy = catalog.Find(check.ControlId);
        if (policy is null)
        {
            yield return $"{check.CheckId}: check names unknown policy \"{check.ControlId}\"";
        }
        else if (policy.Kind == PolicyKind.Manual)
        {
            yield return $"{check.CheckId}: check names {policy.Id}, a manual policy (manual policies are attested)";
        }

        if (tests.Count == 0)
        {
            yield return $"{check.CheckId}: check has no test of the same name in Compliance.Checks";
        }

        foreach (var test in tests.Where(t => t.ControlId != check.ControlId))
        {
            yield return $"{check.CheckId}: test carries [Control(\"{test.ControlId}\")] but the check's ControlId is \"{check.ControlId}\"";
        }
    }

    private static IEnumerable<string> TestProblems(PolicyCatalog catalog, SuiteTestEntry test, HashSet<string> checkIds)
    {
        if (test.ControlId is null)
        {
            yield return $"{test.Name}: suite test carries no [Control]";
        }
        else if (catalog.Find(test.ControlId) is null)
        {
            yield return $"{test.Name}: suite test names unknown policy \"{test.ControlId}\"";
        }

        if (!checkIds.Contains(test.Name))
        {
            yield return $"{test.Name}: suite test has no check class of the same name in Compliance.Controls";
        }
    }
}
